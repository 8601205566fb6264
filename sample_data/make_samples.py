"""Write the sample workbooks of sample_data/ (run: python sample_data/make_samples.py).

Three workbooks, written next to this script:

- bao-cao-xep-loai-2020.xlsx: Báo cáo 48-BC/TU, ngày 10-3-2021 của Ban Thường vụ
  Tỉnh ủy Kon Tum (xếp loại chất lượng năm 2020), every figure of the published
  report, split over the 14 directly subordinate party committees.
- bao-cao-xep-loai-2019.xlsx: the previous year, with only what the comparisons
  of the 2020 report need (identity, recipients and the three org/member sheets).
- loi/bao-cao-xep-loai-2020-nhu-ban-in.xlsx: the 2020 workbook typed exactly as
  published, including its one arithmetic slip (698 printed, 697 by category);
  `drafter validate` must reject it.

The province-wide totals are those of the published reports (48-BC/TU for 2020,
the footnotes of 124-BC/TU for earlier years). How they split over the units is
not published: the per-unit tables below are plausible, invented figures chosen
so that every column adds up to the published total (checked by the asserts).

Everything here is data, as Python literals; one function per sheet turns it into
rows, and `write_workbook` saves them with openpyxl under the names of
drafter/workbook/schema.py.
"""
from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from drafter.workbook import schema as S

HERE = Path(__file__).resolve().parent

# ---- the 14 directly subordinate party committees of Đảng bộ tỉnh Kon Tum ----------------

KON_TUM = "Đảng bộ thành phố Kon Tum"
DAK_GLEI = "Đảng bộ huyện Đăk Glei"
NGOC_HOI = "Đảng bộ huyện Ngọc Hồi"
DAK_TO = "Đảng bộ huyện Đăk Tô"
KON_PLONG = "Đảng bộ huyện Kon Plông"
KON_RAY = "Đảng bộ huyện Kon Rẫy"
DAK_HA = "Đảng bộ huyện Đăk Hà"
SA_THAY = "Đảng bộ huyện Sa Thầy"
TU_MO_RONG = "Đảng bộ huyện Tu Mơ Rông"
IA_HDRAI = "Đảng bộ huyện Ia H'Drai"
KHOI = "Đảng bộ Khối cơ quan và doanh nghiệp tỉnh"
QUAN_SU = "Đảng bộ Quân sự tỉnh"
CONG_AN = "Đảng bộ Công an tỉnh"
BIEN_PHONG = "Đảng bộ Bộ đội Biên phòng tỉnh"
UNITS = (KON_TUM, DAK_GLEI, NGOC_HOI, DAK_TO, KON_PLONG, KON_RAY, DAK_HA, SA_THAY, TU_MO_RONG,
         IA_HDRAI, KHOI, QUAN_SU, CONG_AN, BIEN_PHONG)

# ---- Thông tin and Nơi nhận -----------------------------------------------------------------

CAN_CU = ('Hướng dẫn số 21-HD/BTCTW, ngày 18-10-2019 của Ban Tổ chức Trung ương "về kiểm điểm, '
          'đánh giá, xếp loại chất lượng hằng năm đối với tổ chức đảng, đảng viên và tập thể, cá '
          'nhân cán bộ lãnh đạo quản lý các cấp"')
TRICH_YEU = ("kết quả kiểm điểm, đánh giá, xếp loại chất lượng đối với tổ chức đảng, đảng viên và "
             "tập thể, cá nhân cán bộ lãnh đạo quản lý các cấp năm {year}")

INFO_2020 = {
    "Cơ quan ban hành": "TỈNH ỦY KON TUM",
    "Số ký hiệu": "48-BC/TU",
    "Địa danh": "Kon Tum",
    "Ngày ban hành": dt.date(2021, 3, 10),
    "Trích yếu": TRICH_YEU.format(year=2020),
    "Năm đánh giá": 2020,
    "Năm so sánh": 2019,
    "Căn cứ": CAN_CU,
    "Quyền hạn ký": "T/M BAN THƯỜNG VỤ",
    "Chức vụ người ký": "PHÓ BÍ THƯ",
    "Người ký": "A Pớt",
    "Thể thức": "Đảng",
    "Mẫu báo cáo": "xep-loai-chat-luong",
    "Số thập phân": 2,
    "Thêm số 0": "Có",
    "Làm tròn tổng 100%": "Không",
}

# The 2019 report is not in the reference set: its number and date are plausible
# stand-ins in the style of 48-BC/TU; the signer is the same.
INFO_2019 = {
    **INFO_2020,
    "Số ký hiệu": "25-BC/TU",
    "Ngày ban hành": dt.date(2020, 3, 12),
    "Trích yếu": TRICH_YEU.format(year=2019),
    "Năm đánh giá": 2019,
    "Năm so sánh": 2018,
}

RECIPIENTS = (
    "Ban Tổ chức Trung ương (b/c),",
    "Văn phòng Trung ương Đảng (b/c),",
    "Vụ II-Ban Tổ chức Trung ương,",
    "Vụ II-VPTW Đảng (T78-TP.HCM),",
    "Ban Tổ chức Tỉnh ủy,",
    "Lưu Văn phòng Tỉnh uỷ.",
)

# ---- 2020: tổ chức cơ sở đảng, chi bộ trực thuộc, đảng viên (48-BC/TU, 2.2 a-b) ------------
# Province-wide: 660 TCCSĐ (198 đảng bộ cơ sở + 462 chi bộ cơ sở): 114 / 489 / 50 / 6,
# 1 not rated (mới thành lập). 114 HTXSNV is more than 20 % of 489 HTTNV (97,8), so the
# quota cannot hold in every unit: the three armed-forces committees carry the excess
# (three expected quota warnings); every other unit stays within it.
# KHTNV per unit is that of the footnote naming the six organisations.
TCCSD_2020 = [
    # Đơn vị      ĐBCS  CBCS  Tổng số  HTXSNV  HTTNV  HTNV  KHTNV  Miễn  Chưa
    (KON_TUM,       35,   70,     105,     16,     81,     7,     1,     0,    0),
    (DAK_GLEI,      14,   26,      40,      6,     31,     3,     0,     0,    0),
    (NGOC_HOI,      13,   32,      45,      6,     34,     4,     1,     0,    0),
    (DAK_TO,        12,   30,      42,      6,     32,     4,     0,     0,    0),
    (KON_PLONG,     11,   27,      38,      5,     27,     4,     2,     0,    0),
    (KON_RAY,        9,   24,      33,      5,     25,     3,     0,     0,    0),
    (DAK_HA,        15,   35,      50,      7,     39,     4,     0,     0,    0),
    (SA_THAY,       13,   31,      44,      6,     34,     4,     0,     0,    0),
    (TU_MO_RONG,    11,   23,      34,      5,     26,     3,     0,     0,    0),
    (IA_HDRAI,       5,   11,      16,      2,     12,     1,     0,     0,    1),
    (KHOI,          30,  100,     130,     19,     99,    11,     1,     0,    0),
    (QUAN_SU,       10,   18,      28,     11,     16,     1,     0,     0,    0),
    (CONG_AN,       12,   23,      35,     12,     22,     1,     0,     0,    0),
    (BIEN_PHONG,     8,   12,      20,      8,     11,     0,     1,     0,    0),
]

# 1.825 chi bộ trực thuộc: 342 / 1.312 / 158 / 7, 6 not rated (mới thành lập).
# 342 is again above 20 % of 1.312 (262,4): the armed forces carry the excess.
CHI_BO_2020 = [
    # Đơn vị      Tổng số  HTXSNV  HTTNV  HTNV  KHTNV  Miễn  Chưa
    (KON_TUM,         292,     43,    216,    31,     1,     0,    1),
    (DAK_GLEI,        107,     15,     79,    12,     0,     0,    1),
    (NGOC_HOI,        103,     15,     76,    11,     1,     0,    0),
    (DAK_TO,           96,     14,     72,    10,     0,     0,    0),
    (KON_PLONG,        95,     13,     68,    12,     1,     0,    1),
    (KON_RAY,          73,     10,     54,     8,     1,     0,    0),
    (DAK_HA,          124,     18,     93,    12,     0,     0,    1),
    (SA_THAY,         102,     15,     75,    11,     1,     0,    0),
    (TU_MO_RONG,       90,     13,     65,    11,     1,     0,    0),
    (IA_HDRAI,         32,      4,     22,     4,     0,     0,    2),
    (KHOI,            266,     40,    201,    24,     1,     0,    0),
    (QUAN_SU,         164,     52,    108,     4,     0,     0,    0),
    (CONG_AN,         187,     60,    122,     5,     0,     0,    0),
    (BIEN_PHONG,       94,     30,     61,     3,     0,     0,    0),
]

# 29.199 đảng viên: 3.726 / 21.531 / 1.880 / 271, 1.465 exempt (miễn công tác và sinh
# hoạt), 326 not rated. Every unit stays within the 20 % quota.
DANG_VIEN_2020 = [
    # Đơn vị      Tổng số  HTXSNV  HTTNV  HTNV  KHTNV  Miễn  Chưa
    (KON_TUM,        6991,    875,   5014,   455,    70,   494,   83),
    (DAK_GLEI,       1941,    220,   1401,   153,    19,   126,   22),
    (NGOC_HOI,       1874,    226,   1364,   136,    19,   110,   19),
    (DAK_TO,         1779,    214,   1290,   129,    18,   104,   24),
    (KON_PLONG,      1509,    174,   1106,   120,    15,    77,   17),
    (KON_RAY,        1254,    145,    922,   100,    13,    60,   14),
    (DAK_HA,         2343,    296,   1696,   154,    23,   143,   31),
    (SA_THAY,        1822,    220,   1327,   132,    18,   104,   21),
    (TU_MO_RONG,     1472,    168,   1069,   126,    15,    71,   23),
    (IA_HDRAI,        442,     52,    332,    36,     5,    11,    6),
    (KHOI,           4229,    581,   3171,   230,    44,   165,   38),
    (QUAN_SU,        1195,    188,    959,    35,     4,     0,    9),
    (CONG_AN,        1562,    245,   1254,    46,     5,     0,   12),
    (BIEN_PHONG,      786,    122,    626,    28,     3,     0,    7),
]

REASON_NEW = "mới thành lập"
REASON_MEMBERS = "đi công tác, đi làm ăn xa, đau ốm, nghỉ thai sản"
REASON_IN_PROGRESS = "đang thực hiện quy trình"

# ---- 2019 (for the comparisons "tăng/giảm … so với năm 2019") ------------------------------
# 48-BC/TU and 124-BC/TU publish only the 2019 shares of the rated; the counts below
# are chosen so that each share, rounded half-up to 2 decimals, is the published one
# (found by a small search over the rated total, then checked by the asserts below):
#   TCCSĐ       rated    667 =   124 /    492 /    48 /   3  → 18,59 / 73,76 / 7,20 / 0,45
#               total    668 (1 mới thành lập)
#   Chi bộ      rated  1.908 =   376 /  1.375 /   152 /   5  → 19,71 / 72,06 / 7,97 / 0,26
#               total  1.912 (4 mới thành lập)
#   Đảng viên   rated 26.600 = 3.556 / 20.531 / 2.284 / 229  → 13,37 / 77,18 / 8,59 / 0,86
#               total 28.313 (1.402 exempt, 311 not rated); KHTNV 229 as in 124-BC/TU.
PUBLISHED_2019 = {
    S.TCCSD: ("18.59", "73.76", "7.20", "0.45"),
    S.CHI_BO: ("19.71", "72.06", "7.97", "0.26"),
    S.DANG_VIEN: ("13.37", "77.18", "8.59", "0.86"),
}

TCCSD_2019 = [
    # Đơn vị      ĐBCS  CBCS  Tổng số  HTXSNV  HTTNV  HTNV  KHTNV  Miễn  Chưa
    (KON_TUM,       35,   65,     100,     15,     77,     8,     0,     0,    0),
    (DAK_GLEI,      14,   26,      40,      6,     30,     3,     1,     0,    0),
    (NGOC_HOI,      13,   31,      44,      6,     34,     4,     0,     0,    0),
    (DAK_TO,        12,   28,      40,      6,     31,     3,     0,     0,    0),
    (KON_PLONG,     11,   26,      37,      5,     28,     4,     0,     0,    0),
    (KON_RAY,        9,   24,      33,      5,     25,     3,     0,     0,    0),
    (DAK_HA,        15,   33,      48,      7,     37,     4,     0,     0,    0),
    (SA_THAY,       13,   30,      43,      6,     33,     3,     1,     0,    0),
    (TU_MO_RONG,    11,   24,      35,      5,     26,     3,     1,     0,    0),
    (IA_HDRAI,       5,   10,      15,      2,     12,     1,     0,     0,    0),
    (KHOI,          30,   96,     126,     19,     97,     9,     0,     0,    1),
    (QUAN_SU,       10,   26,      36,     14,     21,     1,     0,     0,    0),
    (CONG_AN,       12,   33,      45,     18,     26,     1,     0,     0,    0),
    (BIEN_PHONG,     8,   18,      26,     10,     15,     1,     0,     0,    0),
]

CHI_BO_2019 = [
    # Đơn vị      Tổng số  HTXSNV  HTTNV  HTNV  KHTNV  Miễn  Chưa
    (KON_TUM,         308,     46,    230,    30,     1,     0,    1),
    (DAK_GLEI,        112,     16,     83,    12,     1,     0,    0),
    (NGOC_HOI,        106,     16,     80,    10,     0,     0,    0),
    (DAK_TO,          100,     15,     75,    10,     0,     0,    0),
    (KON_PLONG,        98,     14,     72,    11,     1,     0,    0),
    (KON_RAY,          77,     11,     58,     8,     0,     0,    0),
    (DAK_HA,          130,     19,     98,    12,     0,     0,    1),
    (SA_THAY,         107,     16,     80,    10,     1,     0,    0),
    (TU_MO_RONG,       92,     13,     68,    11,     0,     0,    0),
    (IA_HDRAI,         30,      4,     22,     3,     0,     0,    1),
    (KHOI,            277,     42,    210,    23,     1,     0,    1),
    (QUAN_SU,         176,     61,    111,     4,     0,     0,    0),
    (CONG_AN,         200,     69,    126,     5,     0,     0,    0),
    (BIEN_PHONG,       99,     34,     62,     3,     0,     0,    0),
]

DANG_VIEN_2019 = [
    # Đơn vị      Tổng số  HTXSNV  HTTNV  HTNV  KHTNV  Miễn  Chưa
    (KON_TUM,        6792,    837,   4790,   554,    59,   473,   79),
    (DAK_GLEI,       1897,    211,   1343,   186,    16,   120,   21),
    (NGOC_HOI,       1829,    217,   1306,   166,    16,   106,   18),
    (DAK_TO,         1734,    205,   1234,   157,    15,   101,   22),
    (KON_PLONG,      1465,    165,   1052,   146,    13,    73,   16),
    (KON_RAY,        1210,    137,    871,   121,    11,    57,   13),
    (DAK_HA,         2293,    285,   1633,   189,    20,   136,   30),
    (SA_THAY,        1778,    211,   1270,   161,    16,   100,   20),
    (TU_MO_RONG,     1431,    160,   1016,   153,    12,    68,   22),
    (IA_HDRAI,        414,     48,    305,    42,     4,    10,    5),
    (KHOI,           4073,    552,   3012,   278,    37,   158,   36),
    (QUAN_SU,        1147,    179,    914,    42,     4,     0,    8),
    (CONG_AN,        1495,    233,   1190,    55,     4,     0,   13),
    (BIEN_PHONG,      755,    116,    595,    34,     2,     0,    8),
]

# ---- 2020: the leadership sheets (48-BC/TU, 2.2 c-d, with the footnotes on each body) -------
# Footnotes the report attaches to each rating body; the program prints them from Ghi chú.
# Matched by their sums: 07 + 03 + 06 + 14 + 1 = 31 (Ban Thường vụ Tỉnh ủy; the report's
# first footnote, 11 + 02 + 05 + 12 = 30, belongs to "gợi ý kiểm điểm 30 tập thể"),
# 19 + 02 + 01 + 68 = 90, 52 + 10 + 10 + 113 + 30 + 10 + 50 + 102 = 377, 3 × 102 + 345 = 651.
GC_BTV_TINH_UY = ('Gồm 07 tập thể đảng đoàn, 03 tập thể ban cán sự đảng; 06 tập thể lãnh đạo, quản '
                  'lý cơ quan tham mưu giúp việc của Tỉnh ủy; 14 tập thể ban thường vụ huyện ủy, '
                  'thành ủy, đảng ủy trực thuộc Tỉnh ủy và Ban Thường vụ Tỉnh đoàn.')
GC_BCS_UBND = ('Gồm 19 tập thể lãnh đạo, quản lý cơ quan chuyên môn; 02 tập thể lãnh đạo, quản lý '
               'đơn vị sự nghiệp công lập; 01 tập thể lãnh đạo, quản lý đơn vị trực thuộc Ủy ban '
               'nhân dân tỉnh; 68 tập thể lãnh đạo, quản lý cơ quan, đơn vị khác.')
GC_HUYEN = ('Gồm 52 tập thể lãnh đạo, quản lý các cơ quan tham mưu, giúp việc cấp ủy cấp huyện; 10 '
            'thường trực Hội đồng nhân dân; 10 tập thể lãnh đạo Ủy ban nhân dân; 113 cơ quan '
            'chuyên môn thuộc ủy ban nhân dân cấp huyện; 30 đơn vị sự nghiệp công lập cấp huyện; '
            '10 Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam; 50 ban thường vụ các đoàn thể chính '
            'trị - xã hội cấp huyện; 102 tập thể cấp ủy cơ sở.')
GC_CO_SO = ('Gồm 102 tập thể thường trực Hội đồng nhân dân; 102 tập thể lãnh đạo ủy ban nhân dân; '
            '102 thường trực Ủy ban Mặt trận Tổ quốc Việt Nam; 345 tổ chức chính trị - xã hội cấp '
            'xã.')
GC_CB_TINH_UY = 'Cấp tỉnh 113 đồng chí; cấp huyện 33 đồng chí.'
GC_CB_HUYEN = 'Cấp huyện 860 đồng chí; cấp cơ sở 305 đồng chí.'
GC_CB_CAP_TINH = ('Khối đảng: 60 đồng chí; Mặt trận, đoàn thể tỉnh: 54 đồng chí; sở, ban ngành '
                  'tỉnh: 584 đồng chí.')

# (Đơn vị, Cấp, Tổng số, HTXSNV, HTTNV, HTNV, KHTNV, Miễn, Chưa, Lý do chưa đánh giá, Ghi chú)
TAP_THE_2020 = [
    ("Ban Thường vụ Tỉnh ủy", "Cấp tỉnh",
     31, 0, 0, 0, 0, 0, 31, REASON_IN_PROGRESS, GC_BTV_TINH_UY),
    ("Ban cán sự đảng Ủy ban nhân dân tỉnh", "Cấp tỉnh",
     90, 0, 0, 0, 0, 0, 90, REASON_IN_PROGRESS, GC_BCS_UBND),
    ("Ban thường vụ các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy", "Cấp huyện",
     377, 81, 282, 12, 2, 0, 0, None, GC_HUYEN),
    ("Đảng ủy cấp cơ sở", "Cấp cơ sở",
     651, 138, 497, 16, 0, 0, 0, None, GC_CO_SO),
]

# "Lãnh đạo các cơ quan, đơn vị cấp tỉnh": the report prints 698 đồng chí but its four
# categories add up to 252 + 437 + 6 + 2 = 697. This workbook resolves the slip with
# one cadre not rated ("nghỉ chế độ"), so that the row adds up; the workbook in loi/
# keeps the figures as printed.
CAN_BO_2020 = [
    ("Ban Thường vụ Tỉnh ủy, Thường trực Tỉnh ủy", "Cấp tỉnh",
     146, 3, 12, 0, 0, 0, 131, REASON_IN_PROGRESS, GC_CB_TINH_UY),
    ("Ban cán sự đảng Ủy ban nhân dân tỉnh", "Cấp tỉnh",
     214, 0, 0, 0, 0, 0, 214, REASON_IN_PROGRESS, None),
    ("Ban thường vụ các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy", "Cấp huyện",
     1165, 196, 916, 38, 15, 0, 0, None, GC_CB_HUYEN),
    ("Lãnh đạo các cơ quan, đơn vị cấp tỉnh", "Cấp tỉnh",
     698, 252, 437, 6, 2, 0, 1, "nghỉ chế độ", GC_CB_CAP_TINH),
    ("Đảng ủy cấp cơ sở", "Cấp cơ sở",
     861, 111, 738, 9, 3, 0, 0, None, None),
]
CAN_BO_AS_PRINTED = {
    "Lãnh đạo các cơ quan, đơn vị cấp tỉnh": ("Lãnh đạo các cơ quan, đơn vị cấp tỉnh", "Cấp tỉnh",
                                              698, 252, 437, 6, 2, 0, 0, None, GC_CB_CAP_TINH),
}

# The six grassroots organisations rated "không hoàn thành nhiệm vụ" (footnote of 2.2 a).
FAILED_2020 = [
    # (Tên, Đơn vị)
    ("Chi bộ Trung tâm Phát triển quỹ đất", KON_TUM),
    ("Chi bộ phòng Tư pháp", NGOC_HOI),
    ("Chi bộ phòng Nông nghiệp", KON_PLONG),
    ("Chi bộ Công ty TNHH MTV Lâm nghiệp", KON_PLONG),
    ("Đảng bộ Công ty Nguyên liệu giấy Miền Nam", KHOI),
    ("Chi bộ Đồn Biên phòng Mô Rai", BIEN_PHONG),
]

# ---- Các năm trước: published shares (%), typed as printed ------------------------------------
# From the footnote of 124-BC/TU ("Năm 2016: TSVM …"). 2016 and 2017 used the old
# categories of Quy định 132 before its 2018 revision: trong sạch vững mạnh (TSVM) is
# typed under HTXSNV and yếu kém under KHTNV. 2016 TCCSĐ and 2017 đảng viên add up to
# 99,99 as printed (within the 0,1 tolerance). The 2019 chi bộ shares are derived from
# the changes printed in 48-BC/TU (18,80 % "giảm 0,91%" → 19,71 %, and so on).
# (Năm, Đối tượng, HTXSNV, HTTNV, HTNV, KHTNV)
HISTORY = [
    (2016, S.TCCSD, 56.35, 35.91, 7.15, 0.58),
    (2017, S.TCCSD, 54.18, 35.59, 9.08, 1.15),
    (2018, S.TCCSD, 18.5, 72.25, 8.37, 0.88),
    (2019, S.TCCSD, 18.59, 73.76, 7.20, 0.45),
    (2019, S.CHI_BO, 19.71, 72.06, 7.97, 0.26),
    (2016, S.DANG_VIEN, 11.08, 76.75, 11.32, 0.85),
    (2017, S.DANG_VIEN, 10.81, 76.97, 11.26, 0.95),
    (2018, S.DANG_VIEN, 11.76, 79.54, 7.87, 0.83),
    (2019, S.DANG_VIEN, 13.37, 77.18, 8.59, 0.86),
]


# ---- Nội dung and Chú thích: the narrative of 48-BC/TU, verbatim ----------------------------
# One row per paragraph. Footnotes the program builds from the data (the six failed
# organisations, the not-rated members, the HTXSNV/HTTNV ratio, the 3/12 split of the
# Ban Thường vụ members, and every Ghi chú above) are not repeated here: the footnotes
# after "31 tập thể", "377 tập thể", "90 tập thể", "651 tập thể", "146 đồng chí" and
# "1.165 đồng chí" in 2.1 are the Ghi chú of those bodies. The remaining hand-written
# notes are marked [^ma] and kept in NOTES (the Chú thích sheet), in order of appearance.
NARRATIVE = [
    ('Tình hình triển khai',
     ('Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 02-KH/TU, ngày 04-11-2020 "về kiểm điểm, đánh '
      'giá, xếp loại chất lượng đối với tổ chức đảng, đảng viên và tập thể, cá nhân cán bộ lãnh '
      'đạo, quản lý các cấp năm 2020" để lãnh đạo, chỉ đạo triển khai thực hiện; giao Ban Tổ chức '
      'Tỉnh ủy theo dõi, hướng dẫn, đôn đốc việc triển khai thực hiện.')),
    ('Tình hình triển khai',
     ('Các cấp uỷ, tổ chức đảng, lãnh đạo cơ quan, đơn vị đã xây dựng kế hoạch, chỉ đạo thực hiện '
      'tốt việc kiểm điểm, đánh giá, xếp loại chất lượng đối với tổ chức đảng, đảng viên và tập '
      'thể, cá nhân cán bộ lãnh đạo quản lý các cấp ở địa phương, cơ quan, đơn vị năm 2020 theo '
      'đúng quy trình, quy định.')),
    ('Kiểm điểm',
     ('- Việc chuẩn bị báo cáo kiểm điểm; tổ chức lấy ý kiến góp ý vào báo cáo kiểm điểm của tập '
      'thể: Hầu hết các tập thể, cá nhân cán bộ lãnh đạo, quản lý chuẩn bị báo cáo kiểm điểm '
      'nghiêm túc, đảm bảo các nội dung theo yêu cầu; việc tổ chức lấy ý kiến góp ý vào báo cáo '
      'kiểm điểm của tập thể được thực hiện chặt chẽ theo quy định, các ý kiến góp ý được các tập '
      'thể nghiêm túc tiếp thu hoàn thiện báo cáo kiểm điểm.')),
    ('Kiểm điểm',
     ('- Về việc gợi ý kiểm điểm: Đã tiến hành gợi ý kiểm điểm đối với 92 tập thể (Trong đó: Ban '
      'Thường vụ Tỉnh ủy gợi ý kiểm điểm 30 tập thể[^goi_y_btv]; ban thường vụ các huyện ủy, thành '
      'ủy, đảng ủy trực thuộc Tỉnh ủy gợi ý kiểm điểm 62 tập thể[^goi_y_huyen]) và 30 cá nhân '
      '(Trong đó: ban thường vụ các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy gợi ý kiểm điểm '
      '30 cá nhân) (Có biểu số 1 kèm theo)')),
    ('Kiểm điểm',
     ('- Về kiểm điểm tập thể: Tính đến 30-12-2020, toàn Đảng bộ tỉnh có 1.149 tập thể tiến hành '
      'kiểm điểm tự phê bình và phê bình (Trong đó: Ban Thường vụ Tỉnh ủy đánh giá, xếp loại 31 '
      'tập thể; ban thường vụ các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy đánh giá, xếp '
      'loại 377 tập thể; Ban cán sự đảng Ủy ban nhân dân tỉnh đánh giá, xếp loại 90 tập thể; đảng '
      'ủy cấp xã đánh giá, xếp loại loại 651 tập thể).')),
    ('Kiểm điểm',
     ('- Về kiểm điểm cá nhân: Đến 30-12-2020, toàn Đảng bộ tỉnh có 3.084 cán bộ lãnh đạo, quản lý '
      'đã kiểm điểm tự phê bình và phê bình theo phân cấp quản lý cán bộ (Trong đó: cán bộ lãnh '
      'đạo quản lý thuộc diện Thường trực Tỉnh ủy, Ban Thường vụ Tỉnh ủy đánh giá, xếp loại 146 '
      'đồng chí; thuộc diện ban thường vụ các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy đánh '
      'giá, xếp loại 1.165 đồng chí; thuộc diện đảng ủy cấp cơ sở đánh giá, xếp loại 861 đồng chí; '
      'thuộc diện Ban cán sự đảng Ủy ban nhân dân tỉnh đánh giá, xếp loại 214 đồng chí; thuộc '
      'diện các sở, ban, ngành đánh giá, xếp loại 698 đồng chí[^ca_nhan_so_nganh]).')),
    ('Kiểm điểm',
     ('- Việc khắc phục những hạn chế, khuyết điểm đã được cấp có thẩm quyền kết luận hoặc chỉ ra '
      'ở kỳ kiểm điểm trước: Trên cơ sở chỉ đạo của Ban Thường vụ Tỉnh ủy, các địa phương, cơ '
      'quan, đơn vị đã chủ động xây dựng kế hoạch khắc phục khuyết điểm của tập thể và cá nhân '
      'theo đúng tinh thần Nghị quyết Trung ương 4 khóa XII “về tăng cường xây dựng, chỉnh đốn '
      'đảng; ngăn chặn, đẩy lùi sự suy thoái về tư tưởng chính trị, đạo đức lối sống, những biểu '
      'hiện “tự diễn biến”, “tự chuyển hóa” trong nội bộ”. Nhìn chung, nội dung kế hoạch đã đề ra '
      'được các giải pháp khắc phục và xác định lộ trình thời gian thực hiện; phân công tập thể và '
      'cá nhân chịu trách nhiệm; các tổ chức đảng, tập thể lãnh đạo, quản lý cơ quan, đơn vị đã '
      'nghiêm túc khắc phục được những hạn chế, khuyết điểm đã được chỉ ra ở kỳ kiểm điểm trước.')),
    ('Kiểm điểm',
     ('- Việc liên hệ các biểu hiện về suy thoái tư tưởng, chính trị, đạo đức, lối sống, “tự diễn '
      'biến”, “tự chuyển hóa” của cá nhân: Hầu hết các cá nhân căn cứ hướng dẫn của cấp ủy, chương '
      'trình, kế hoạch công tác và bản cam kết tu dưỡng rèn luyện của cá nhân đã thực hiện kiểm '
      'điểm tự phê bình và phê bình; qua kết quả kiểm điểm chưa có cán bộ lãnh đạo, quản lý nào có '
      'biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, “tự diễn biến”, “tự chuyển '
      'hóa”.')),
    ('Kiểm điểm',
     ('- Về thực hiện quy định thời gian kiểm điểm: Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số '
      '02-KH/TU, ngày 04-11-2020 "về kiểm điểm, đánh giá, xếp loại chất lượng tập thể, cá nhân cán '
      'bộ lãnh đạo thuộc diện thường trực, Ban Thường vụ tỉnh ủy quản lý năm 2020"; trong đó, xác '
      'định cụ thể thời gian kiểm điểm của các tập thể (Theo đó, cấp cơ sở hoàn thành trước ngày '
      '15-12-2020; cấp huyện, thành phố, đảng bộ trực thuộc Tỉnh ủy và tập thể, cá nhân các đồng '
      'chí ủy viên ban cán sự đảng, đảng đoàn, sở, ban, ngành, Mặt trận và đoàn thể tỉnh hoàn '
      'thành trước ngày 31-12-2020; tập thể và cá nhân các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy '
      'hoàn thành trước ngày 20-01-2020). Nhìn chung, các ban cán sự đảng, đảng đoàn, các huyện '
      'ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy đã lãnh đạo xây dựng kế hoạch kiểm điểm, đánh giá, '
      'xếp loại chất lượng cơ bản đảm bảo đúng thời gian quy định.')),
    ('Kiểm điểm',
     ('- Công tác chỉ đạo, kiểm tra, giám sát việc kiểm điểm tự phê bình và phê bình: Các cấp ủy '
      'đã tăng cường công tác lãnh đạo, chỉ đạo phân công cấp ủy viên hướng dẫn, đôn đốc và trực '
      'tiếp dự chỉ đạo, đánh giá kết quả kiểm điểm, phân loại chất lượng tập thể, cá nhân và các '
      'tổ chức cơ sở đảng, đảng viên thuộc địa bàn, lĩnh vực được phân công phụ trách.')),
    ('Ưu điểm',
     ('Cấp ủy các cấp đã kịp thời xây dựng kế hoạch để triển khai thực hiện. Việc kiểm điểm tự phê '
      'bình và phê bình được các cấp ủy thực hiện nghiêm túc, chặt chẽ, đúng quy trình, quy định, '
      'hướng dẫn của cấp trên; nội dung kiểm điểm đã thể hiện đầy đủ, toàn diện, bám sát chức '
      'năng, nhiệm vụ của tổ chức, cá nhân trong lãnh đạo, chỉ đạo và triển khai thực hiện nhiệm '
      'vụ gắn với việc thực hiện Nghị quyết Trung ương 4 khóa XII và Chỉ thị số 05-CT/TW ngày '
      '15-5-2016 của Bộ Chính trị "về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí '
      'Minh", trong đó chú trọng kết quả khắc phục những hạn chế, khuyết điểm đã được chỉ ra trong '
      'năm 2019. Việc đánh giá, xếp loại chất lượng đối với tổ chức đảng, đảng viên và tập thể, '
      'cá nhân cán bộ lãnh đạo, quản lý các cấp được các cấp ủy triển khai nghiêm túc, chặt chẽ, '
      'công khai, đúng quy trình, quy định; đã khắc phục cơ bản được hạn chế về tỷ lệ tổ chức đảng '
      'xếp loại hoàn thành xuất sắc nhiệm vụ vượt mức so với quy định đã được chỉ ra năm 2019.')),
    ('Hạn chế',
     ('Báo cáo kiểm điểm của một số cấp ủy, tổ chức đảng chưa chỉ rõ được hạn chế, khuyết điểm và '
      'trách nhiệm của tập thể, cá nhân có liên quan; việc kiểm điểm tự phê bình và phê bình có '
      'nơi chất lượng chưa cao. Việc thực hiện quy trình đánh giá xếp loại chất lượng tổ chức '
      'đảng, đảng viên và tập thể, cá nhân lãnh đạo quản lý có nơi còn lúng túng. Một số cơ quan, '
      'đơn vị tổng hợp báo cáo kết quả kiểm điểm, đánh giá phân loại tập thể, cá nhân còn chậm.')),
    ('Nguyên nhân',
     ('- Việc thực hiện kiểm điểm tự phê bình và phê bình trong cấp ủy, tổ chức đảng, tập thể lãnh '
      'đạo quản lý có nơi còn nể nang, né tránh, ngại va chạm.')),
    ('Nguyên nhân',
     ('- Một số đồng chí bí thư cấp ủy, tổ chức đảng, lãnh đạo cơ quan, đơn vị mới đảm nhiệm chức '
      'vụ lần đầu nên việc nắm quy trình và tổ chức điều hành hội nghị kiểm điểm đánh giá xếp loại '
      'chất lượng tổ chức đảng, đảng viên và tập thể lãnh đạo quản lý còn hạn chế.')),
    ('Nhiệm vụ',
     ('- Tập trung quán triệt và triển khai thực hiện hiệu quả nghị quyết đại hội đảng bộ các cấp '
      'nhiệm kỳ 2020-2025 và Nghị quyết Đại hội XIII của Đảng; các quy định, hướng dẫn của Trung '
      'ương, của tỉnh về công tác xây dựng Đảng[^nv_xdd].')),
    ('Nhiệm vụ',
     ('- Chỉ đạo xây dựng kế hoạch phát huy ưu điểm, khắc phục những hạn chế, khuyết điểm đã được '
      'chỉ ra sau kiểm điểm, đánh giá năm 2020. Đồng thời, tiếp tục quán triệt và triển khai thực '
      'hiện nghiêm túc việc kiểm điểm, đánh giá, xếp loại chất lượng hằng năm đối với tổ chức '
      'đảng, đảng viên và tập thể, cá nhân cán bộ lãnh đạo quản lý các cấp theo đúng quy định '
      'hướng dẫn của Ban Tổ chức Trung ương.')),
    ('Kiến nghị',
     ('Đề nghị Ban Tổ chức Trung ương nghiên cứu không quy định tỉ lệ % được xếp loại “Hoàn thành '
      'xuất sắc nhiệm vụ” đối với đối tượng cán bộ lãnh đạo, quản lý là Ủy viên Ban Thường vụ Tỉnh '
      'ủy (Việc đánh giá, xếp loại mức độ hoàn thành nhiệm vụ đối với các đồng chí Ủy viên Ban '
      'Thường vụ Tỉnh ủy, Ban Thường vụ Tỉnh ủy sẽ căn cứ vào kết quả hoàn thành nhiệm vụ và thành '
      'tích công tác trong năm của cán bộ để đánh giá, xếp loại cho phù hợp). Vì theo quy định, '
      'số lượng cán bộ lãnh đạo, quản lý được xếp loại “Hoàn thành xuất sắc nhiệm vụ” không vượt '
      'quá 20% số được xếp loại “Hoàn thành tốt nhiệm vụ” theo từng nhóm đối tượng có vị trí, vai '
      'trò, chức năng nhiệm vụ tương đồng[^quota_132]; do đó nhiều đồng chí Ủy viên Ban Thường vụ '
      'Tỉnh ủy có thành tích trong công tác lãnh đạo, chỉ đạo triển khai thực hiện nhiệm vụ của cơ '
      'quan và các nhiệm vụ khác do cấp ủy phân công nhưng vẫn phải xếp loại ở mức “Hoàn thành '
      'tốt nhiệm vụ” dẫn đến việc đánh giá, xếp loại hoàn thành nhiệm vụ trong năm chưa phản ánh '
      'đúng mức độ phấn đấu, cống hiến của cán bộ.')),
]

# quota_132: "hướng dẫn  kiểm điểm" had a stray non-breaking space in the source; removed.
NOTES = [
    ('goi_y_btv',
     ('Gồm: 11 tập thể ban thường vụ huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy; 02 ban cán sự '
      'đảng; 05 tập thể lãnh đạo, quản lý cơ quan tham mưu giúp việc Tỉnh ủy; 12 tập thể lãnh '
      'đạo, quản lý cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh.')),
    ('goi_y_huyen',
     ('Gồm: 15 cơ quan chuyên môn thuộc Ủy ban nhân dân huyện; 01 ban thường vụ đoàn thể chính trị '
      '- xã hội cấp huyện; 46 đảng ủy cấp xã.')),
    ('ca_nhan_so_nganh',
     'Cấp trưởng phòng và tương đương 308 đồng chí; cấp phó phòng và tương đương 390 đồng chí.'),
    ('nv_xdd',
     ('Hướng dẫn số 12-HD/BTCTW, ngày 06-7-2018 của Ban Tổ chức Trung ương "về một số vấn đề về '
      'nâng cao chất lượng sinh hoạt chi bộ”, gắn với Nghị quyết Trung ương 4 khóa XII “về tăng '
      'cường xây dựng chỉnh đốn Đảng, ngăn chặn đẩy lùi sự suy thoái về tư tưởng chính trị, đạo '
      'đức lối sống, những biểu hiện “tự diễn biến”, “tự chuyển hóa” trong nội bộ”; Chị thị số '
      '05-CT/TW, ngày 15-5-2016 của Bộ Chính trị “về đẩy mạnh học tập và làm theo tư tưởng, đạo '
      'đức, phong cách Hồ Chí Minh”; các quy định nêu gương của Trung ương, của tỉnh; Kế hoạch số '
      '90-KH/TU, ngày 22-4-2019 của Ban Thường vụ Tỉnh ủy về thực hiện Chỉ thị số 28-CT/TW, ngày '
      '21-01-2019 của Ban Bí thư Trung ương Đảng "về nâng cao chất lượng kết nạp đảng viên và rà '
      'soát, sàng lọc, đưa những đảng viên không còn đủ tư cách ra khỏi Đảng"; Nghị quyết số '
      '03-NQ/TU, ngày 08-8-2016 của Ban Thường vụ Tỉnh ủy "về nâng cao chất lượng hoạt động của tổ '
      'chức cơ sở đảng và tổ chức đảng trực thuộc đảng ủy cơ sở".')),
    ('quota_132',
     ('Quy định tại điểm 1, điều 2, chương III, Quy định số 132-QĐ/TW, ngày 8-3-2018 của Bộ Chính '
      'trị và tại điểm 4, phần II, Hướng dẫn số 21-HD/BTCTW, ngày 18-10-2019 của Ban Tổ chức Trung '
      'ương về hướng dẫn kiểm điểm, đánh giá, xếp loại chất lượng hằng năm đối với tổ chức đảng, '
      'đảng viên và tập thể, cá nhân cán bộ lãnh đạo, quản lý các cấp.')),
]


# ---- one function per sheet: data → rows ({header: value}) ------------------------------------

def thong_tin(info: dict) -> list[dict]:
    return [{"Mục": item, "Giá trị": value} for item, value in info.items()]


def noi_nhan() -> list[dict]:
    return [{"Nơi nhận": r} for r in RECIPIENTS]


def _unit_row(unit, total, x, t, n, k, exempt, pending, reason=None) -> dict:
    return {"Đơn vị": unit, "Tổng số": total, "HTXSNV": x, "HTTNV": t, "HTNV": n, "KHTNV": k,
            "Miễn đánh giá": exempt, "Chưa đánh giá": pending,
            "Lý do chưa đánh giá": reason if pending else None}


def to_chuc_co_so_dang(table) -> list[dict]:
    return [{**_unit_row(unit, *counts, reason=REASON_NEW), S.DANG_BO_CO_SO: dbcs, S.CHI_BO_CO_SO: cbcs}
            for unit, dbcs, cbcs, *counts in table]


def chi_bo_truc_thuoc(table) -> list[dict]:
    return [_unit_row(*row, reason=REASON_NEW) for row in table]


def dang_vien(table) -> list[dict]:
    return [_unit_row(*row, reason=REASON_MEMBERS) for row in table]


def _leadership_row(unit, level, total, x, t, n, k, exempt, pending, reason, note) -> dict:
    return {"Đơn vị": unit, "Cấp": level, "Tổng số": total, "HTXSNV": x, "HTTNV": t, "HTNV": n,
            "KHTNV": k, "Miễn đánh giá": exempt, "Chưa đánh giá": pending,
            "Lý do chưa đánh giá": reason, "Ghi chú": note}


def tap_the_lanh_dao() -> list[dict]:
    return [_leadership_row(*row) for row in TAP_THE_2020]


def can_bo_lanh_dao(as_printed: bool = False) -> list[dict]:
    rows = [CAN_BO_AS_PRINTED.get(row[0], row) if as_printed else row for row in CAN_BO_2020]
    return [_leadership_row(*row) for row in rows]


def khong_hoan_thanh_nhiem_vu() -> list[dict]:
    return [{"Đối tượng": S.TCCSD, "Tên": name, "Đơn vị": unit} for name, unit in FAILED_2020]


def cac_nam_truoc(before: int) -> list[dict]:
    return [{"Năm": year, "Đối tượng": subject, "Loại số liệu": "Tỷ lệ %",
             "HTXSNV": x, "HTTNV": t, "HTNV": n, "KHTNV": k}
            for year, subject, x, t, n, k in HISTORY if year < before]


def noi_dung() -> list[dict]:
    return [{"Mục": section, "Đoạn văn": text} for section, text in NARRATIVE]


def chu_thich() -> list[dict]:
    return [{"Mã": key, "Nội dung": text} for key, text in NOTES]


# ---- checks: the data adds up to the published figures ----------------------------------------

def _column_totals(rows: list[dict]) -> tuple[int, ...]:
    headers = ("Tổng số", *S.CATEGORIES, "Miễn đánh giá", "Chưa đánh giá")
    return tuple(sum(r[h] for r in rows) for h in headers)


def _share(part: int, whole: int) -> str:
    return str((Decimal(part) * 100 / whole).quantize(Decimal("0.01"), ROUND_HALF_UP))


def check_rows(subject: str, rows: list[dict]) -> None:
    for r in rows:
        parts = sum(r[h] for h in (*S.CATEGORIES, "Miễn đánh giá", "Chưa đánh giá"))
        assert parts == r["Tổng số"], (subject, r["Đơn vị"], parts, r["Tổng số"])
        if S.DANG_BO_CO_SO in r:
            assert r[S.DANG_BO_CO_SO] + r[S.CHI_BO_CO_SO] == r["Tổng số"], (subject, r["Đơn vị"])
    if subject in (S.TCCSD, S.CHI_BO, S.DANG_VIEN):
        assert [r["Đơn vị"] for r in rows] == list(UNITS), subject
        over_quota = [r["Đơn vị"] for r in rows if r["HTXSNV"] * 5 > r["HTTNV"]]
        assert set(over_quota) <= {QUAN_SU, CONG_AN, BIEN_PHONG}, (subject, over_quota)


def check_2020(sheets: dict[str, list[dict]], as_printed: bool) -> None:
    for subject in S.SUBJECTS:
        if not (as_printed and subject == S.CAN_BO):
            check_rows(subject, sheets[subject])
    assert _column_totals(sheets[S.TCCSD]) == (660, 114, 489, 50, 6, 0, 1)
    assert sum(r[S.DANG_BO_CO_SO] for r in sheets[S.TCCSD]) == 198
    assert sum(r[S.CHI_BO_CO_SO] for r in sheets[S.TCCSD]) == 462
    assert _column_totals(sheets[S.CHI_BO]) == (1825, 342, 1312, 158, 7, 0, 6)
    assert _column_totals(sheets[S.DANG_VIEN]) == (29199, 3726, 21531, 1880, 271, 1465, 326)
    # 1.149 collectives and 3.084 cadres, as in section 2.1 of the report.
    assert _column_totals(sheets[S.TAP_THE])[0] == 1149
    assert _column_totals(sheets[S.CAN_BO])[0] == 3084
    # One name in Không hoàn thành nhiệm vụ per TCCSĐ rated KHTNV, unit by unit.
    named = {u: sum(1 for r in sheets[S.KHONG_HTNV] if r["Đơn vị"] == u) for u in UNITS}
    assert named == {r["Đơn vị"]: r["KHTNV"] for r in sheets[S.TCCSD]}
    # Every [^ma] of the narrative has its note, and every note is used.
    keys = [r["Mã"] for r in sheets[S.CHU_THICH]]
    used = [k for _, text in NARRATIVE for k in re.findall(r"\[\^(\w+)\]", text)]
    assert sorted(used) == sorted(keys) == sorted(set(keys)), (used, keys)


def check_2019(sheets: dict[str, list[dict]]) -> None:
    for subject in (S.TCCSD, S.CHI_BO, S.DANG_VIEN):
        rows = sheets[subject]
        check_rows(subject, rows)
        totals = _column_totals(rows)
        rated = sum(totals[1:5])
        assert tuple(_share(n, rated) for n in totals[1:5]) == PUBLISHED_2019[subject], subject
    assert _column_totals(sheets[S.TCCSD]) == (668, 124, 492, 48, 3, 0, 1)
    assert _column_totals(sheets[S.CHI_BO]) == (1912, 376, 1375, 152, 5, 0, 4)
    assert _column_totals(sheets[S.DANG_VIEN]) == (28313, 3556, 20531, 2284, 229, 1402, 311)


# ---- workbooks ------------------------------------------------------------------------------

def workbook_2020(as_printed: bool = False) -> dict[str, list[dict]]:
    sheets = {
        S.THONG_TIN: thong_tin(INFO_2020),
        S.NOI_NHAN: noi_nhan(),
        S.TCCSD: to_chuc_co_so_dang(TCCSD_2020),
        S.CHI_BO: chi_bo_truc_thuoc(CHI_BO_2020),
        S.DANG_VIEN: dang_vien(DANG_VIEN_2020),
        S.TAP_THE: tap_the_lanh_dao(),
        S.CAN_BO: can_bo_lanh_dao(as_printed),
        S.KHONG_HTNV: khong_hoan_thanh_nhiem_vu(),
        S.CAC_NAM_TRUOC: cac_nam_truoc(before=2020),
        S.NOI_DUNG: noi_dung(),
        S.CHU_THICH: chu_thich(),
    }
    check_2020(sheets, as_printed)
    return sheets


def workbook_2019() -> dict[str, list[dict]]:
    sheets = {
        S.THONG_TIN: thong_tin(INFO_2019),
        S.NOI_NHAN: noi_nhan(),
        S.TCCSD: to_chuc_co_so_dang(TCCSD_2019),
        S.CHI_BO: chi_bo_truc_thuoc(CHI_BO_2019),
        S.DANG_VIEN: dang_vien(DANG_VIEN_2019),
        S.CAC_NAM_TRUOC: cac_nam_truoc(before=2019),
    }
    check_2019(sheets)
    return sheets


def write_workbook(path: Path, sheets: dict[str, list[dict]]) -> None:
    """Each sheet with the headers of the schema in its order (row 1, bold, frozen), data
    from row 2, column widths from the schema."""
    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        spec = S.SHEET_BY_NORM[S.norm(name)]
        headers = [c.header for c in spec.columns]
        unknown = {h for r in rows for h in r} - set(headers)
        assert not unknown, (name, unknown)
        ws = book.create_sheet(spec.name)
        ws.append(headers)
        for row in rows:
            ws.append([row.get(h) for h in headers])
        for cell in ws[1]:
            cell.font = Font(bold=True)
        ws.freeze_panes = "A2"
        for i, column in enumerate(spec.columns, start=1):
            ws.column_dimensions[ws.cell(1, i).column_letter].width = max(column.width, len(column.header) + 2)
            if column.kind == S.NUMBER and name == S.CAC_NAM_TRUOC and column.header in S.CATEGORIES:
                for (cell,) in ws.iter_rows(min_row=2, min_col=i, max_col=i):
                    cell.number_format = "0.00"
        if name == S.THONG_TIN:
            for (item, value) in ws.iter_rows(min_row=2, max_col=2):
                if isinstance(value.value, dt.date):
                    value.number_format = "DD/MM/YYYY"
        if name in (S.NOI_DUNG, S.CHU_THICH):
            for row in ws.iter_rows(min_row=2):
                for cell in row:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
    # Fixed document properties; openpyxl still stamps "modified" with the time of saving,
    # so two runs differ in that timestamp only.
    book.properties.creator = "drafter sample_data/make_samples.py"
    book.properties.created = dt.datetime(2021, 3, 10)
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)


def main() -> None:
    outputs = {
        HERE / "bao-cao-xep-loai-2020.xlsx": workbook_2020(),
        HERE / "bao-cao-xep-loai-2019.xlsx": workbook_2019(),
        HERE / "loi" / "bao-cao-xep-loai-2020-nhu-ban-in.xlsx": workbook_2020(as_printed=True),
    }
    for path, sheets in outputs.items():
        write_workbook(path, sheets)
        print(path.relative_to(HERE.parent))


if __name__ == "__main__":
    main()
