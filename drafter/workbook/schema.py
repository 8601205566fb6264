"""The one table of sheets and columns of the input workbook (contract v1).

The reader, the validator, `drafter init` and the documentation all read this
module, so a sheet or column is named in exactly one place.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..model import (BIEU_CHI_TIEU, CAC_NAM_TRUOC, CAN_BO, CATEGORIES, CATEGORY_NAMES, CHI_BO,  # noqa: F401
                     CHI_BO_CO_SO, CHUOI_SO_LIEU, DANG_BO_CO_SO, DANG_VIEN, KY_LUAT, LEADERSHIP, LEVELS,
                     MEMBER_PENALTIES, ORG_PENALTIES, PAPER, PARTY, SO_LIEU, STATE, SUBJECTS, TAP_THE, TCCSD, norm)

# Kinds of column.
TEXT = "text"
COUNT = "count"          # non-negative whole number, empty = 0
NUMBER = "number"        # any number (indicators, history)
NUMBER_OR_KEY = "number_or_key"
CHOICE = "choice"
TARGET = "target"        # a number, a range "19-20" or a bound "≥ 90" (Chỉ tiêu)
YEAR = "year"            # a year, optional
DIGITS = "digits"        # a number of decimals, 0 to 4, optional
NUMERIC = (COUNT, NUMBER, TARGET, YEAR, DIGITS)   # kinds whose cells are numbers


@dataclass(frozen=True)
class Column:
    header: str
    kind: str = TEXT
    key: bool = False
    choices: tuple[str, ...] = ()
    width: int = 14
    help: str = ""


@dataclass(frozen=True)
class Sheet:
    name: str
    columns: tuple[Column, ...]
    required: bool = False
    help: str = ""

    @property
    def key(self) -> Column | None:
        return next((c for c in self.columns if c.key), None)

    def column(self, header: str) -> Column:
        return next(c for c in self.columns if c.header == header)


YES, NO = "Có", "Không"
STYLES = (PARTY, STATE, PAPER)
SUM_CHECKS = ("bằng", "không vượt")
# `Đánh số đề mục`: the levels of the outline, top first (any sequence of OUTLINE_LEVELS works;
# these are the forms of the reference reports). Below the last level: "-" then "+" items.
OUTLINE_LEVELS = ("Phần thứ nhất.", "I.", "1.", "1.1.", "1.1.1.", "a)")
OUTLINE_SCHEMES = ("I. 1. 1.1. a)", "Phần thứ nhất. I. 1. a)", "I. 1. 1.1. 1.1.1.",
                   "Phần thứ nhất. I. 1. 1.1. a)", "Phần thứ nhất. I. 1. 1.1. 1.1.1.")
HISTORY_KINDS = ("Số lượng", "Tỷ lệ %")

def _rating_columns(subject: str) -> tuple[Column, ...]:
    unit_help = ("Cơ quan đánh giá (Ban Thường vụ Tỉnh ủy, Ban cán sự đảng UBND tỉnh, …)"
                 if subject in LEADERSHIP else "Đảng bộ trực thuộc (huyện ủy, thành ủy, đảng ủy trực thuộc)")
    cols = [
        Column("Đơn vị", key=True, width=42, help=unit_help),
        Column("Cấp", CHOICE, choices=LEVELS, width=12,
               help="Nhóm theo cấp (chỉ dùng cho tập thể và cán bộ lãnh đạo)"),
        Column("Tổng số", COUNT, help="Tổng số của đơn vị"),
        Column("HTXSNV", COUNT, help="Hoàn thành xuất sắc nhiệm vụ"),
        Column("HTTNV", COUNT, help="Hoàn thành tốt nhiệm vụ"),
        Column("HTNV", COUNT, help="Hoàn thành nhiệm vụ"),
        Column("KHTNV", COUNT, help="Không hoàn thành nhiệm vụ"),
        Column("Miễn đánh giá", COUNT, help="Được miễn đánh giá (miễn công tác, sinh hoạt)"),
        Column("Chưa đánh giá", COUNT, help="Chưa đánh giá (mới thành lập, đi xa, ốm, đang thực hiện quy trình)"),
        Column("Lý do chưa đánh giá", width=30, help="Ví dụ: mới thành lập; đang thực hiện quy trình"),
        Column("Ghi chú", width=40, help="Thành chú thích cuối trang ở chỗ báo cáo nêu đơn vị"),
    ]
    if subject == TCCSD:
        cols += [Column(DANG_BO_CO_SO, COUNT, help="Số đảng bộ cơ sở trong Tổng số"),
                 Column(CHI_BO_CO_SO, COUNT, help="Số chi bộ cơ sở trong Tổng số")]
    return tuple(cols)


_SUBJECT_HELP = {
    TCCSD: "Tổ chức cơ sở đảng: mỗi dòng một đảng bộ trực thuộc.",
    CHI_BO: "Chi bộ trực thuộc đảng ủy cơ sở: mỗi dòng một đảng bộ trực thuộc.",
    DANG_VIEN: "Đảng viên: mỗi dòng một đảng bộ trực thuộc.",
    TAP_THE: "Tập thể lãnh đạo, quản lý các cấp: mỗi dòng một cơ quan đánh giá, ghi Cấp.",
    CAN_BO: "Cá nhân cán bộ lãnh đạo, quản lý các cấp: mỗi dòng một cơ quan đánh giá, ghi Cấp.",
}

# ---- Thông tin rows ----------------------------------------------------------
INFO_ITEMS: tuple[tuple[str, bool, str], ...] = (
    # (Mục, bắt buộc, gợi ý)
    ("Cơ quan cấp trên", False, "Ví dụ: ĐẢNG BỘ TỈNH KON TUM (dùng cho cấp huyện)"),
    ("Cơ quan ban hành", True, "Ví dụ: TỈNH ỦY KON TUM"),
    ("Số ký hiệu", True, "Ví dụ: 48-BC/TU"),
    ("Địa danh", True, "Ví dụ: Kon Tum"),
    ("Ngày ban hành", True, "Ô ngày hoặc chữ dạng ngày/tháng/năm, ví dụ 10/03/2021"),
    ("Loại văn bản", False, "Mặc định: BÁO CÁO"),
    ("Trích yếu", True, "Ví dụ: kết quả kiểm điểm, đánh giá, xếp loại chất lượng … năm 2020"),
    ("Năm đánh giá", True, "Ví dụ: 2020"),
    ("Năm so sánh", False, "Mặc định: năm trước năm đánh giá, nếu có trong sheet Các năm trước"),
    ("Căn cứ", False, "Mở đầu báo cáo: \"Thực hiện {Căn cứ}, … báo cáo … như sau:\""),
    ("Quyền hạn ký", True, "Ví dụ: T/M BAN THƯỜNG VỤ; thể thức Nhà nước: TM. ỦY BAN NHÂN DÂN, hoặc hai dòng "
                           "(Alt+Enter) TM. ỦY BAN NHÂN DÂN và KT. CHỦ TỊCH"),
    ("Chức vụ người ký", True, "Ví dụ: PHÓ BÍ THƯ"),
    ("Người ký", True, "Họ và tên người ký"),
    ("Thể thức", False, "Đảng (mặc định), Nhà nước, hoặc Tham luận (tham luận, chuyên đề: không số, ngày, "
                        "chữ ký; tác giả in dưới tên)"),
    ("Mẫu báo cáo", False, "xep-loai-chat-luong (mặc định), tong-hop, hoặc đường dẫn tới mẫu .docx"),
    ("Số thập phân", False, "Số chữ số thập phân của tỷ lệ %, mặc định 2"),
    ("Thêm số 0", False, "Có (mặc định): số dưới 10 viết 01…09 trong câu văn"),
    ("Làm tròn tổng 100%", False, "Không (mặc định); Có: các tỷ lệ cộng lại đúng 100%"),
    ("Độ mật", False, "Ví dụ: MẬT (để trống nếu không có)"),
    ("Độ khẩn", False, "Ví dụ: KHẨN (để trống nếu không có)"),
    ("Đánh số đề mục", False, "Cách đánh số đề mục: I. 1. 1.1. a) (mặc định); Phần thứ nhất. I. 1. a); "
                              "I. 1. 1.1. 1.1.1."),
    ("Mở đầu", False, "Đoạn mở đầu tự viết, thay cho câu \"Thực hiện …, … báo cáo … như sau:\""),
    ("Ký hiệu biểu", False, "Ký hiệu in thay cho số thứ tự của biểu, ví dụ: tccsd: 6A-BTCTW; dangvien: 6B-BTCTW "
                            "(mã biểu: tccsd, chibo, dangvien, taphe, canbo, kyluat hoặc mã ở sheet Biểu chỉ tiêu)"),
)
INFO_CHOICES = {"Thể thức": STYLES, "Thêm số 0": (YES, NO), "Làm tròn tổng 100%": (YES, NO)}
# Items not required of a thematic paper (Thể thức: Tham luận), which prints none of them.
NOT_FOR_PAPERS = ("Cơ quan ban hành", "Số ký hiệu", "Địa danh", "Ngày ban hành", "Quyền hạn ký")

THONG_TIN = "Thông tin"
NOI_NHAN = "Nơi nhận"
KHONG_HTNV = "Không hoàn thành nhiệm vụ"
NOI_DUNG = "Nội dung"
CHU_THICH = "Chú thích"
HUONG_DAN = "Hướng dẫn"


# Sections of the standard report fed by `Nội dung`.
STANDARD_SECTIONS = ("Tình hình triển khai", "Kiểm điểm", "Ưu điểm", "Hạn chế", "Nguyên nhân",
                     "Nhiệm vụ", "Kiến nghị")

SHEETS: tuple[Sheet, ...] = (
    Sheet(THONG_TIN, (Column("Mục", key=True, width=24), Column("Giá trị", width=90)), required=True,
          help="Thông tin văn bản: cơ quan ban hành, số ký hiệu, ngày, trích yếu, người ký, cách trình bày số."),
    Sheet(NOI_NHAN, (Column("Nơi nhận", key=True, width=60),),
          help="Nơi nhận văn bản, mỗi dòng một nơi, theo thứ tự in (dòng cuối thường là Lưu Văn phòng)."),
    *(Sheet(s, _rating_columns(s), help=_SUBJECT_HELP[s]) for s in SUBJECTS),
    Sheet(KHONG_HTNV, (Column("Đối tượng", CHOICE, choices=SUBJECTS, width=24),
                       Column("Tên", key=True, width=50), Column("Đơn vị", width=42)),
          help="Tên từng tổ chức, cá nhân không hoàn thành nhiệm vụ; thành chú thích nêu tên."),
    Sheet(CAC_NAM_TRUOC, (Column("Năm", NUMBER, key=True, width=8),
                          Column("Đối tượng", CHOICE, choices=SUBJECTS, width=24),
                          Column("Loại số liệu", CHOICE, choices=HISTORY_KINDS, width=14),
                          *(Column(c, NUMBER) for c in CATEGORIES)),
          help="Kết quả các năm trước (số lượng hoặc tỷ lệ % như đã công bố), dùng để so sánh."),
    Sheet(KY_LUAT, (Column("Đơn vị", key=True, width=42),
                    *(Column(f"Tổ chức đảng - {p}", COUNT, width=16) for p in ORG_PENALTIES),
                    *(Column(f"Đảng viên - {p}", COUNT, width=16) for p in MEMBER_PENALTIES)),
          help="Số tổ chức đảng và đảng viên bị thi hành kỷ luật, theo hình thức."),
    Sheet(SO_LIEU, (Column("Mã", key=True, width=16), Column("Nội dung", width=50),
                    Column("Giá trị", NUMBER), Column("Mẫu số", NUMBER_OR_KEY),
                    Column("Kỳ trước", NUMBER), Column("Chỉ tiêu", TARGET), Column("Đơn vị tính", width=14),
                    Column("Công thức", width=24, help="Thay cho Giá trị: tính từ số và Mã khác bằng + - * / và "
                                                       "ngoặc, ví dụ (a + b) / c * 100"),
                    Column("Số thập phân", DIGITS, width=12, help="Số chữ số thập phân riêng của chỉ tiêu này "
                                                                  "(0 đến 4), thay cho mục Số thập phân"),
                    Column("Năm kỳ trước", YEAR, width=12, help="Năm của Kỳ trước, để viết \"từ … năm 2015 lên …\" "
                                                                "và tăng bình quân mỗi năm"),
                    Column("Thuộc", width=16, help="Mã của tổng chung mà dòng này là một phần (\"trong đó\", "
                                                   "\"gồm\")"),
                    Column("Kiểm tra tổng", CHOICE, choices=SUM_CHECKS, width=14,
                           help="Ở dòng tổng chung: bằng (các phần cộng lại đúng bằng) hoặc không vượt")),
          help="Chỉ tiêu dùng trong câu văn: {ma}, {ma.tyle}, {ma.kytruoc}, {ma.chitieu}, {ma.tang}, {ma.tu}, …"),
    Sheet(CHUOI_SO_LIEU, (Column("Mã", key=True, width=16), Column("Năm", YEAR, width=8),
                          Column("Giá trị", NUMBER), Column("Mẫu số", NUMBER)),
          help="Số liệu qua các năm của một chỉ tiêu, mỗi dòng một năm: {ma.2018}, {ma.chuoi}, {ma.trungbinh}, …"),
    Sheet(BIEU_CHI_TIEU, (Column("Biểu", key=True, width=16), Column("Tiêu đề", width=60),
                          Column("Mã", width=16)),
          help="Biểu chỉ tiêu kèm theo báo cáo: mỗi dòng một chỉ tiêu của sheet Số liệu, theo thứ tự in."),
    Sheet(NOI_DUNG, (Column("Mục", key=True, width=36), Column("Đoạn văn", width=100)),
          help="Nội dung văn bản: mỗi dòng một đoạn của mục. Đoạn bắt đầu bằng \"- \" hoặc \"+ \" là ý gạch đầu dòng."),
    Sheet(CHU_THICH, (Column("Mã", key=True, width=16), Column("Nội dung", width=100)),
          help="Chú thích cuối trang viết tay, gọi trong văn bản bằng [^ma]."),
)
SHEET_BY_NORM = {norm(s.name): s for s in SHEETS}
RATING_SHEETS = tuple(s for s in SHEETS if s.name in SUBJECTS)
