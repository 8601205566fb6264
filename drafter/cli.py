"""The command line: wiring and exit codes only (0 done, 1 data errors, 2 unreadable
file or bad usage). Messages go to stderr in Vietnamese; no traceback unless --debug."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from . import messages as M

CONTEXT = {"help_option_names": ["-h", "--help"]}


def _speak_vietnamese() -> None:
    """click looks its own words up through gettext at call time: answer in Vietnamese."""
    import click.core, click.decorators, click.exceptions, click.formatting, click.parser, click.types  # noqa: E401

    def translate(text: str) -> str:
        return M.CLICK.get(text, text)

    for module in (click.core, click.decorators, click.exceptions, click.formatting, click.parser, click.types):
        module._ = translate


_speak_vietnamese()


class Failure(Exception):
    """A failure already explained to the user, with its exit code."""

    def __init__(self, message: str, code: int):
        super().__init__(message)
        self.code = code


def say(text: str) -> None:
    click.echo(text, err=True)


def print_problems(checked) -> None:
    for p in checked.problems:
        say(str(p))
    errors, warnings = len(checked.errors), len(checked.warnings)
    say(M.SUMMARY_OK if not errors and not warnings else M.SUMMARY.format(errors=errors, warnings=warnings))


def check_output(output: Path | None, inputs: tuple[Path | None, ...], suffix: str = ".docx") -> None:
    """The output has the right kind and is none of the files read: inputs are never overwritten."""
    if output is None:
        return
    if output.suffix.lower() != suffix:
        raise click.UsageError(M.OUTPUT_WRONG_SUFFIX.format(path=output, suffix=suffix))
    for source in inputs:
        if source is not None and source.exists() and output.exists() and source.resolve() == output.resolve():
            raise click.UsageError(M.OUTPUT_IS_INPUT.format(path=output))


def load(path: Path, template: str | None = None):
    from .validate import check_file
    from .workbook.reader import UnreadableWorkbook

    try:
        return check_file(path, template)
    except UnreadableWorkbook as exc:
        raise Failure(M.UNREADABLE.format(path=path, reason=exc), 2) from exc


@click.group(context_settings=CONTEXT, help="drafter: soạn báo cáo từ sổ số liệu Excel.",
             options_metavar="[TÙY_CHỌN]", subcommand_metavar="LỆNH [THAM_SỐ]...")
@click.option("--debug", is_flag=True, help="Hiện chi tiết lỗi kỹ thuật (traceback) khi có lỗi ngoài dự kiến.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    ctx.obj = {"debug": debug}


@cli.command(help="Kiểm tra sổ số liệu và liệt kê mọi lỗi, cảnh báo.", options_metavar="[TÙY_CHỌN]")
@click.argument("file", metavar="TỆP.xlsx", type=click.Path(path_type=Path))
def validate(file: Path) -> None:
    checked = load(file)
    print_problems(checked)
    sys.exit(1 if checked.errors else 0)


@cli.command(help="Tạo sổ số liệu trống, đủ các sheet, có hướng dẫn.", options_metavar="[TÙY_CHỌN]")
@click.argument("file", metavar="TỆP.xlsx", type=click.Path(path_type=Path))
@click.option("--force", is_flag=True, help="Ghi đè nếu tệp đã có.")
def init(file: Path, force: bool) -> None:
    from .workbook.writer import write_blank

    if file.exists() and not force:
        raise Failure(M.INIT_EXISTS.format(path=file), 2)
    write_blank(file)
    say(M.INIT_DONE.format(path=file))


@cli.command(help="Tạo báo cáo .docx từ sổ số liệu.", options_metavar="[TÙY_CHỌN]")
@click.argument("files", nargs=-1, required=True, metavar="TỆP.xlsx...", type=click.Path(path_type=Path))
@click.option("-o", "--output", metavar="TỆP.docx", type=click.Path(path_type=Path), help="Tệp .docx cần tạo.")
@click.option("--out-dir", metavar="THƯ_MỤC", type=click.Path(path_type=Path), help="Thư mục ghi báo cáo khi tạo nhiều sổ một lúc.")
@click.option("--nam-truoc", metavar="TỆP.xlsx", type=click.Path(path_type=Path), help="Sổ số liệu của năm trước để so sánh.")
@click.option("--template", "template", metavar="MẪU", help="Tên mẫu (xep-loai-chat-luong, tong-hop) hoặc đường dẫn tới mẫu .docx.")
@click.option("--pdf", is_flag=True, help="Tạo thêm bản PDF (cần LibreOffice).")
@click.option("--phu-luc-so-sanh", "compare", is_flag=True,
              help="Thêm phụ lục so sánh qua các năm và theo đơn vị (như drafter compare) sau các biểu của báo cáo.")
@click.option("--khong-bieu-do", "no_charts", is_flag=True, help="Phụ lục so sánh không kèm biểu đồ.")
def build(files: tuple[Path, ...], output: Path | None, out_dir: Path | None, nam_truoc: Path | None,
          template: str | None, pdf: bool, compare: bool, no_charts: bool) -> None:
    from . import build as builder

    check_output(output, (*files, nam_truoc))
    if len(files) > 1 and out_dir is None:
        raise click.UsageError("Nhiều sổ số liệu cần --out-dir để biết nơi ghi.")
    if out_dir is not None:
        from .batch import build_many

        if compare:
            raise click.UsageError(M.COMPARE_NOT_IN_BATCH)
        sys.exit(build_many(files, out_dir, nam_truoc=nam_truoc, template=template, pdf=pdf, say=say))
    checked = load(files[0], template)
    previous = load(nam_truoc) if nam_truoc else None
    if previous is not None and previous.report is not None and checked.report is not None:
        year, before = checked.report.info.year, previous.report.info.year
        if before >= year:
            raise click.UsageError(M.PREVIOUS_NOT_EARLIER.format(path=nam_truoc, before=before, year=year))
        # The previous workbook supplies the comparison year the validator could not find.
        covered = M.COMPARE_YEAR_MISSING.format(year=before)
        checked.problems = [p for p in checked.problems if p.message != covered]
    print_problems(checked)
    if previous is not None and previous.errors:
        for p in previous.errors:
            say(f"{nam_truoc.name}: {p}")
    if checked.errors or (previous is not None and previous.errors):
        say(M.BUILD_STOPPED.format(errors=len(checked.errors) + (len(previous.errors) if previous else 0)))
        sys.exit(1)
    if compare and previous is not None and previous.report.info.year == checked.report.info.year:
        raise Failure(M.COMPARE_SAME_YEAR.format(year=checked.report.info.year, first=files[0], second=nam_truoc), 1)
    try:
        written = builder.build_report(checked.report, files[0], output, previous=previous and previous.report,
                                       template=template, pdf=pdf, say=say, compare=compare, charts=not no_charts)
    except builder.WriteFailed as exc:
        raise Failure(str(exc), 1) from exc
    say(M.BUILT.format(path=written))


@cli.command(short_help="Tạo phụ lục so sánh qua các năm và theo đơn vị.", options_metavar="[TÙY_CHỌN]",
             help="Tạo phụ lục so sánh kết quả xếp loại qua các năm và theo đơn vị từ các sổ số liệu hằng năm "
                  "(thứ tự các tệp không quan trọng), dùng cả sheet \"Các năm trước\" của chúng.")
@click.argument("files", nargs=-1, required=True, metavar="TỆP.xlsx...", type=click.Path(path_type=Path))
@click.option("-o", "--output", metavar="TỆP.docx", type=click.Path(path_type=Path), help="Tệp .docx cần tạo.")
@click.option("--khong-bieu-do", "no_charts", is_flag=True, help="Không kèm biểu đồ.")
def compare(files: tuple[Path, ...], output: Path | None, no_charts: bool) -> None:
    from . import build as builder
    from . import compare as comparison

    check_output(output, files)
    checked = [(path, load(path)) for path in files]
    errors = 0
    for path, result in checked:
        for p in result.problems:
            say(f"{path.name}: {p}")
        if result.problems:
            say(f"{path.name}: " + M.SUMMARY.format(errors=len(result.errors), warnings=len(result.warnings)))
        errors += len(result.errors)
    if errors:
        say(M.COMPARE_STOPPED.format(errors=errors))
        sys.exit(1)
    try:
        data, made = comparison.render_document([result.report for _, result in checked], charts=not no_charts)
    except comparison.SameYear as exc:
        raise Failure(M.COMPARE_SAME_YEAR.format(year=exc.year, first=files[exc.first], second=files[exc.second]),
                      1) from exc
    except comparison.NothingToCompare as exc:
        raise Failure(M.COMPARE_NOTHING, 1) from exc
    for p in made.problems:
        say(str(p))
    target = output or comparison.default_output(made)
    try:
        builder.write_atomic(target, data)
    except builder.WriteFailed as exc:
        raise Failure(str(exc), 1) from exc
    say(M.COMPARE_BUILT.format(path=target, tables=len(made.listing), charts=len(made.pictures)))


@cli.command(help="Gộp sổ số liệu của nhiều đơn vị thành một sổ.", options_metavar="[TÙY_CHỌN]")
@click.argument("files", nargs=-1, required=True, metavar="TỆP.xlsx...", type=click.Path(path_type=Path))
@click.option("-o", "--output", metavar="TỆP.xlsx", type=click.Path(path_type=Path), help="Sổ .xlsx cần tạo.")
def merge(files: tuple[Path, ...], output: Path | None) -> None:
    from .workbook.merge import run

    if output is None:
        raise click.UsageError(M.MERGE_NEEDS_OUTPUT)
    check_output(output, files, suffix=".xlsx")
    sys.exit(run(files, output, say=say))


def main(argv: list[str] | None = None) -> None:
    import gc

    # A build makes millions of small objects that live until it ends (cells, figures, XML
    # pieces) and hardly any cycles; at the default threshold (700 allocations) the collector
    # walks them over and over, a fifth of a large build's CPU (3,000 units: 11.9 s → 9.0 s).
    gc.set_threshold(10_000, 10, 10)
    debug = "--debug" in (argv if argv is not None else sys.argv[1:])
    try:
        cli.main(args=argv, prog_name="drafter", standalone_mode=False)
    except Failure as exc:
        say(str(exc))
        sys.exit(exc.code)
    except click.exceptions.Abort:
        sys.exit(2)
    except click.UsageError as exc:
        say(f"Cách dùng không đúng: {exc.format_message()}")
        say("Xem hướng dẫn: drafter --help")
        sys.exit(2)
    except click.ClickException as exc:
        say(exc.format_message())
        sys.exit(2)
    except SystemExit:
        raise
    except Exception as exc:  # the last guard: never a traceback for the user
        if debug:
            raise
        say(M.INTERNAL.format(reason=f"{type(exc).__name__}: {exc}"))
        sys.exit(2)
    sys.exit(0)
