"""The command line: wiring and exit codes only (0 done, 1 data errors, 2 unreadable
file or bad usage). Messages go to stderr in Vietnamese; no traceback unless --debug.
Every command calls one use case of build.py (or batch.py)."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from . import messages as M
from .errors import BadUsage, DrafterError, SameYear
from .files import check_output, write_atomic


def use_cases():
    """build.py, imported when a command runs rather than with the command line itself:
    it brings in every layer below, and `drafter --help` should answer at once."""
    from . import build  # the use cases: only when a command runs (see above)

    return build

CONTEXT = {"help_option_names": ["-h", "--help"]}


def _speak_vietnamese() -> None:
    """click looks its own words up through gettext at call time: answer in Vietnamese."""
    import click.core, click.decorators, click.exceptions, click.formatting, click.parser, click.types  # noqa: E401

    def translate(text: str) -> str:
        return M.CLICK.get(text, text)

    for module in (click.core, click.decorators, click.exceptions, click.formatting, click.parser, click.types):
        module._ = translate


_speak_vietnamese()


def say(text: str) -> None:
    click.echo(text, err=True)


def print_problems(checked) -> None:
    for p in checked.problems:
        say(str(p))
    errors, warnings = len(checked.errors), len(checked.warnings)
    say(M.SUMMARY_OK if not errors and not warnings else M.SUMMARY.format(errors=errors, warnings=warnings))


@click.group(context_settings=CONTEXT, help="drafter: soạn báo cáo từ sổ số liệu Excel.",
             options_metavar="[TÙY_CHỌN]", subcommand_metavar="LỆNH [THAM_SỐ]...")
@click.option("--debug", is_flag=True, help="Hiện chi tiết lỗi kỹ thuật (traceback) khi có lỗi ngoài dự kiến.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    ctx.obj = {"debug": debug}


@cli.command(help="Kiểm tra sổ số liệu và liệt kê mọi lỗi, cảnh báo.", options_metavar="[TÙY_CHỌN]")
@click.argument("file", metavar="TỆP.xlsx", type=click.Path(path_type=Path))
def validate(file: Path) -> None:
    use = use_cases()
    checked = use.check(file)
    print_problems(checked)
    sys.exit(1 if checked.errors else 0)


@cli.command(help="Tạo sổ số liệu trống, đủ các sheet, có hướng dẫn.", options_metavar="[TÙY_CHỌN]")
@click.argument("file", metavar="TỆP.xlsx", type=click.Path(path_type=Path))
@click.option("--force", is_flag=True, help="Ghi đè nếu tệp đã có.")
def init(file: Path, force: bool) -> None:
    use = use_cases()
    use.init_workbook(file, force)
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
    use = use_cases()
    check_output(output, (*files, nam_truoc))
    if len(files) > 1 and out_dir is None:
        raise click.UsageError(M.BATCH_NEEDS_OUT_DIR)
    if out_dir is not None:
        from .batch import build_many   # the process pool and progress bar, for batches only

        if compare:
            raise click.UsageError(M.COMPARE_NOT_IN_BATCH)
        sys.exit(build_many(files, out_dir, nam_truoc=nam_truoc, template=template, pdf=pdf, say=say))
    checked = use.check(files[0], template)
    previous = use.check(nam_truoc) if nam_truoc else None
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
        raise DrafterError(M.COMPARE_SAME_YEAR.format(year=checked.report.info.year, first=files[0],
                                                      second=nam_truoc), 1)
    written = use.build_report(checked.report, files[0], output, previous=previous and previous.report,
                               template=template, pdf=pdf, say=say, compare=compare, charts=not no_charts)
    say(M.BUILT.format(path=written))


@cli.command(short_help="Tạo phụ lục so sánh qua các năm và theo đơn vị.", options_metavar="[TÙY_CHỌN]",
             help="Tạo phụ lục so sánh kết quả xếp loại qua các năm và theo đơn vị từ các sổ số liệu hằng năm "
                  "(thứ tự các tệp không quan trọng), dùng cả sheet \"Các năm trước\" của chúng.")
@click.argument("files", nargs=-1, required=True, metavar="TỆP.xlsx...", type=click.Path(path_type=Path))
@click.option("-o", "--output", metavar="TỆP.docx", type=click.Path(path_type=Path), help="Tệp .docx cần tạo.")
@click.option("--khong-bieu-do", "no_charts", is_flag=True, help="Không kèm biểu đồ.")
def compare(files: tuple[Path, ...], output: Path | None, no_charts: bool) -> None:
    use = use_cases()
    check_output(output, files)
    checked = [(path, use.check(path)) for path in files]
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
        data, made = use.compare_years([result.report for _, result in checked], charts=not no_charts)
    except SameYear as exc:
        raise DrafterError(M.COMPARE_SAME_YEAR.format(year=exc.year, first=files[exc.first],
                                                      second=files[exc.second]), 1) from exc
    for p in made.problems:
        say(str(p))
    target = output or use.comparison_output(made)
    write_atomic(target, data)
    say(M.COMPARE_BUILT.format(path=target, tables=len(made.listing), charts=len(made.charts)))


@cli.command(help="Gộp sổ số liệu của nhiều đơn vị thành một sổ.", options_metavar="[TÙY_CHỌN]")
@click.argument("files", nargs=-1, required=True, metavar="TỆP.xlsx...", type=click.Path(path_type=Path))
@click.option("-o", "--output", metavar="TỆP.xlsx", type=click.Path(path_type=Path), help="Sổ .xlsx cần tạo.")
def merge(files: tuple[Path, ...], output: Path | None) -> None:
    use = use_cases()
    if output is None:
        raise click.UsageError(M.MERGE_NEEDS_OUTPUT)
    check_output(output, files, suffix=".xlsx")
    sys.exit(use.merge_workbooks(files, output, say=say))


@cli.command(help="Mở trang soạn báo cáo trong trình duyệt: tải sổ lên, xem lỗi từng ô, tải báo cáo về. "
                  "Chỉ chạy trên máy này; dữ liệu lưu trong --thu-muc.", options_metavar="[TÙY_CHỌN]")
@click.option("--thu-muc", "folder", default="drafter-data", metavar="THƯ_MỤC", type=click.Path(path_type=Path),
              help="Nơi lưu lịch sử, các sổ đã tải lên và các tệp đã tạo (mặc định: drafter-data).")
@click.option("--host", default="127.0.0.1", metavar="ĐỊA_CHỈ",
              help="Địa chỉ nghe (mặc định: 127.0.0.1, chỉ máy này truy cập được).")
@click.option("--port", default=8000, type=int, metavar="CỔNG", help="Cổng nghe (mặc định: 8000).")
@click.option("--khong-mo-trinh-duyet", "no_browser", is_flag=True, help="Không tự mở trình duyệt.")
def serve(folder: Path, host: str, port: int, no_browser: bool) -> None:
    from .serve.run import CannotStart, serve as run  # the web stack, only for this command

    try:
        run(folder, host, port, open_browser=not no_browser, say=say)
    except CannotStart as exc:
        raise DrafterError(str(exc), 2) from exc


def main(argv: list[str] | None = None) -> None:
    debug = "--debug" in (argv if argv is not None else sys.argv[1:])
    try:
        cli.main(args=argv, prog_name="drafter", standalone_mode=False)
    except BadUsage as exc:
        say(f"{M.USAGE_WRONG}: {exc}")
        say(M.USAGE_HELP)
        sys.exit(exc.exit_code)
    except DrafterError as exc:
        say(str(exc))
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        sys.exit(2)
    except click.UsageError as exc:
        say(f"{M.USAGE_WRONG}: {exc.format_message()}")
        say(M.USAGE_HELP)
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
