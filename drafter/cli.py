"""The command line: wiring and exit codes only (0 done, 1 data errors, 2 unreadable
file or bad usage). Messages go to stderr in Vietnamese; no traceback unless --debug.
Every command calls one use case of build.py (or batch.py)."""
from __future__ import annotations

import re
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


# ---- click in Vietnamese: its words looked up in M.CLICK, through subclasses of its own
# classes (help text) and by formatting its exceptions here (errors) ----------------------

_FIELD = re.compile(r"\{(\w+)(?:![rs])?\}")
_PATTERNS: list[tuple[re.Pattern, str]] = []


def translate(text: str) -> str:
    """One of click's English sentences in Vietnamese (unchanged when it is not click's:
    our own UsageErrors are Vietnamese already)."""
    if text in M.CLICK:
        return M.CLICK[text]
    if not _PATTERNS:
        for english, vietnamese in M.CLICK.items():
            parts = _FIELD.split(english)
            pattern = "".join(re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+?)" for i, part in enumerate(parts))
            _PATTERNS.append((re.compile(pattern, re.S), vietnamese))
    for pattern, vietnamese in _PATTERNS:
        m = pattern.fullmatch(text)
        if m:
            return vietnamese.format(**m.groupdict())
    return text


def click_message(exc: click.ClickException) -> str:
    """What click would print for `exc`, in Vietnamese, from the exception's own fields."""
    if isinstance(exc, click.MissingParameter):
        hint = exc.param_hint or (exc.param.get_error_hint(exc.ctx) if exc.param is not None else "")
        if isinstance(hint, (list, tuple)):
            hint = " / ".join(str(h) for h in hint)
        kind = exc.param_type or (exc.param.param_type_name if exc.param is not None else "argument")
        return (M.CLICK_MISSING_OPTION if kind == "option" else M.CLICK_MISSING_ARGUMENT).format(hint=hint)
    if isinstance(exc, (click.NoSuchOption, click.exceptions.NoSuchCommand)):
        text = translate(exc.message)
        if exc.possibilities:
            text += M.CLICK_DID_YOU_MEAN.format(names=", ".join(exc.possibilities))
        return text
    if isinstance(exc, click.BadParameter) and not isinstance(exc, click.MissingParameter):
        hint = exc.param_hint or (exc.param.get_error_hint(exc.ctx) if exc.param is not None else "")
        if isinstance(hint, (list, tuple)):
            hint = " / ".join(str(h) for h in hint)
        return M.CLICK_INVALID_VALUE.format(hint=hint, message=translate(exc.message)) if hint \
            else translate(exc.message)
    return translate(exc.format_message())


class Formatter(click.HelpFormatter):
    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args, f"{translate('Usage:')} " if prefix is None else prefix)

    def section(self, name: str):
        return super().section(translate(name))


class Context(click.Context):
    formatter_class = Formatter


def _help_in_vietnamese(option):
    if option is not None:
        option.help = translate(option.help or "")
    return option


class Command(click.Command):
    context_class = Context

    def get_help_option(self, ctx: click.Context):
        return _help_in_vietnamese(super().get_help_option(ctx))


class Group(click.Group):
    context_class = Context
    command_class = Command

    def get_help_option(self, ctx: click.Context):
        return _help_in_vietnamese(super().get_help_option(ctx))


def say(text: str) -> None:
    click.echo(text, err=True)


def print_problems(checked) -> None:
    for p in checked.problems:
        say(str(p))
    errors, warnings = len(checked.errors), len(checked.warnings)
    say(M.SUMMARY_OK if not errors and not warnings else M.SUMMARY.format(errors=errors, warnings=warnings))


@click.group(cls=Group, context_settings=CONTEXT, help="drafter: soạn báo cáo từ sổ số liệu Excel.",
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
@click.option("--cho-phep-mau", "allow_template", is_flag=True,
              help="Dùng mẫu .docx riêng mà sổ số liệu chọn (mục Mẫu báo cáo); chỉ dùng với mẫu tin cậy.")
@click.option("--pdf", is_flag=True, help="Tạo thêm bản PDF (cần LibreOffice).")
@click.option("--phu-luc-so-sanh", "compare", is_flag=True,
              help="Thêm phụ lục so sánh qua các năm và theo đơn vị (như drafter compare) sau các biểu của báo cáo.")
@click.option("--khong-bieu-do", "no_charts", is_flag=True, help="Phụ lục so sánh không kèm biểu đồ.")
@click.option("--tao-moi", "fresh", is_flag=True,
              help="Tạo lại từ đầu, không đưa các chỗ đã sửa tay vào (bản đang có vẫn được giữ lại).")
def build(files: tuple[Path, ...], output: Path | None, out_dir: Path | None, nam_truoc: Path | None,
          template: str | None, allow_template: bool, pdf: bool, compare: bool, no_charts: bool,
          fresh: bool) -> None:
    use = use_cases()
    check_output(output, (*files, nam_truoc, Path(template) if template else None))
    if len(files) > 1 and out_dir is None:
        raise click.UsageError(M.BATCH_NEEDS_OUT_DIR)
    if out_dir is not None:
        from .batch import build_many   # the process pool and progress bar, for batches only

        if compare:
            raise click.UsageError(M.COMPARE_NOT_IN_BATCH)
        sys.exit(build_many(files, out_dir, nam_truoc=nam_truoc, template=template, pdf=pdf, say=say,
                            allow_template=allow_template))
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
                               template=template, pdf=pdf, say=say, compare=compare, charts=not no_charts,
                               allow_workbook_template=allow_template, previous_source=nam_truoc, fresh=fresh)
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
    import gc

    # A build makes millions of small objects that live until it ends (cells, figures, XML
    # pieces) and hardly any cycles; at the default threshold (700 allocations) the collector
    # walks them over and over, a fifth of a large build's CPU (3,000 units: 11.9 s → 9.0 s).
    gc.set_threshold(10_000, 10, 10)
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
    except click.exceptions.NoArgsIsHelpError as exc:
        say(exc.format_message())          # the help, already in Vietnamese
        sys.exit(2)
    except click.UsageError as exc:
        say(f"{M.USAGE_WRONG}: {click_message(exc)}")
        say(M.USAGE_HELP)
        sys.exit(2)
    except click.ClickException as exc:
        say(click_message(exc))
        sys.exit(2)
    except SystemExit:
        raise
    except Exception as exc:  # the last guard: never a traceback for the user
        if debug:
            raise
        say(M.INTERNAL.format(reason=f"{type(exc).__name__}: {exc}"))
        sys.exit(2)
    sys.exit(0)
