"""Every sentence the command line can print about the input or its own work,
kept in one place so it can be reviewed in one reading."""
from __future__ import annotations

ERROR = "lỗi"
WARNING = "cảnh báo"
NO_CELL = "—"

# --- reading the file (the reason after "Không đọc được tệp …:") ----------------
FORMAT_UNSUPPORTED = ("định dạng {suffix} không được hỗ trợ: mở bằng Excel hoặc LibreOffice Calc rồi lưu lại "
                      "dạng .xlsx (hoặc .ods)")
FILE_NOT_FOUND = "không tìm thấy tệp: kiểm tra lại tên và thư mục"
FILE_DAMAGED = ("tệp không phải sổ Excel/Calc hoặc đã bị hỏng: mở thử bằng Excel hoặc LibreOffice Calc "
                "rồi lưu lại dạng .xlsx")
FILE_NOT_READABLE = "không mở được tệp: {reason}"
NOT_A_FILE = ("đây không phải một tệp thông thường (có thể là ống dẫn hoặc thiết bị): ghi đường dẫn tới tệp "
              ".xlsx (hoặc .ods)")
FILE_TOO_BIG = ("tệp lớn {size}, quá giới hạn {limit} của một sổ số liệu: xóa các sheet, hình ảnh thừa "
                "rồi lưu lại")
FILE_IS_XLS = "tệp thực ra là sổ Excel 97-2003 (.xls) nhưng mang đuôi {suffix}: đổi đuôi thành .xls hoặc lưu lại dạng .xlsx"
WORKBOOK_PASSWORD = ("sổ được đặt mật khẩu nên không đọc được: mở bằng Excel, bỏ mật khẩu (Tệp › Thông tin › "
                     "Bảo vệ sổ làm việc › Mã hóa bằng mật khẩu, xóa mật khẩu) rồi lưu lại")
UNPACKED_TOO_BIG = ("phần \"{part}\" của tệp khi giải nén lớn hơn {limit}: tệp bị hỏng hoặc bị cố ý làm to "
                    "(\"bom nén\"), không đọc tiếp; mở bằng Excel, xóa phần thừa rồi lưu lại")
UNPACKED_MORE_THAN_SAID = ("phần \"{part}\" của tệp giải nén ra nhiều hơn kích thước ghi trong tệp: tệp bị hỏng "
                           "hoặc bị cố ý làm to (\"bom nén\"), không đọc tiếp; mở bằng Excel rồi lưu lại dạng .xlsx")
ZIP_SUSPECT = "cấu trúc nén của tệp không hợp lệ ({detail}): mở bằng Excel hoặc LibreOffice Calc rồi lưu lại dạng .xlsx"
ZIP_TOO_MANY_PARTS = "có {count} phần"
ZIP_DUPLICATE_PART = "hai phần cùng tên \"{part}\""
ZIP_METHOD = "phần \"{part}\" nén theo cách không dùng cho sổ Excel"
ZIP_MISSING_PART = ("tệp thiếu phần \"{part}\" (sổ bị hỏng): mở bằng Excel hoặc LibreOffice Calc rồi lưu lại "
                    "dạng .xlsx")
ZIP_NOT_A_WORKBOOK = ("tệp là tệp nén nhưng không phải sổ Excel/Calc (không có xl/workbook.xml hay content.xml): "
                      "kiểm tra lại tệp; mở bằng Excel rồi lưu lại dạng .xlsx")
CELL_TOO_FAR = ("sheet \"{sheet}\", ô {cell} có dữ liệu nằm ngoài vùng đọc được ({rows} dòng, tới cột {column}): "
                "xóa ô đó (thường là gõ nhầm) rồi lưu lại")
AREA_TOO_BIG = ("sheet \"{sheet}\" có dữ liệu trải tới ô {cell} nên vùng cần đọc (A1:{corner}) vượt {limit} ô: "
                "xóa các ô có dữ liệu ở xa vùng số liệu rồi lưu lại")

# --- workbook structure -------------------------------------------------------
UNKNOWN_SHEET = "sheet \"{name}\" không có trong mẫu nên bị bỏ qua{hint}"
DID_YOU_MEAN = " (có phải \"{name}\"?)"
MISSING_REQUIRED_SHEET = "thiếu sheet \"{name}\": thêm sheet này (chạy drafter init để có mẫu đầy đủ)"
MISSING_RECIPIENTS = "không có sheet \"Nơi nhận\": khối nơi nhận sẽ để trống"
EMPTY_SHEET = "sheet không có dòng số liệu nào"
UNKNOWN_COLUMN = "cột \"{name}\" không có trong mẫu nên bị bỏ qua{hint}"
MISSING_COLUMN = "thiếu cột \"{name}\" ở dòng tiêu đề (dòng 1): thêm cột này"
DUPLICATE_COLUMN = "cột \"{name}\" xuất hiện hai lần (ô {first} và ô này): xóa một cột"
ROW_WITHOUT_KEY = ("dòng {row} có số liệu nhưng ô \"{key}\" để trống nên không được đọc: ghi {key} "
                   "hoặc xóa số liệu của dòng")
ROW_IN_MERGED = ("dòng {row} có số liệu nhưng ô \"{key}\" nằm trong vùng ô gộp {merged}: "
                 "bỏ gộp ô và ghi {key} cho từng dòng")
DATA_WITHOUT_HEADER = ("cột {column} có dữ liệu (từ ô này) nhưng không có tiêu đề ở dòng 1 nên bị bỏ qua: "
                       "ghi tiêu đề cột hoặc xóa dữ liệu")
DUPLICATE_SHEET = ("sheet \"{name}\" trùng tên với sheet \"{first}\" (chỉ khác khoảng trắng, chữ hoa/thường "
                   "hoặc ký tự ẩn), nên không rõ dùng sheet nào: gộp số liệu vào một sheet rồi xóa sheet kia")
SECTION_EMPTY_LEVEL = ("mục \"{section}\" có một cấp không có tên nên đoạn văn không in được: ghi tên đủ các cấp, "
                       "ví dụ \"Kết quả đạt được > Công tác kiểm tra\"")
SECTION_CARRIED = ("ô Mục để trống: đoạn văn này được xếp vào mục \"{section}\" của dòng trên (ô {first}); "
                   "ghi Mục nếu muốn xếp vào mục khác")

# --- cell values --------------------------------------------------------------
FORMULA_NO_VALUE = ("ô chứa công thức nhưng chưa có giá trị tính sẵn (tệp do chương trình tạo, "
                    "chưa từng mở bằng Excel): mở tệp bằng Excel hoặc LibreOffice Calc rồi lưu lại")
CELL_ERROR = "ô đang báo lỗi {code} của công thức: sửa công thức hoặc nhập thẳng giá trị"
COUNT_NEGATIVE = "số lượng không được âm ({value}): sửa lại thành số không âm"
COUNT_FRACTION = "số lượng phải là số nguyên, ô đang có {value}"
COUNT_THOUSANDS_HINT = (": có thể đã gõ dấu chấm phân cách hàng nghìn trên máy cài kiểu số tiếng Anh "
                        "(ý là {guess}); gõ lại {plain} không có dấu chấm")
COUNT_NOT_NUMBER = "ô phải là số nguyên không âm, đang có \"{value}\""
NUMBER_INVALID = "ô phải là số, đang có \"{value}\""
COUNT_LOGICAL = "ô phải là số nguyên không âm, đang có giá trị đúng/sai {value}: nhập số vào ô"
NUMBER_LOGICAL = "ô phải là số, đang có giá trị đúng/sai {value}: nhập số vào ô"
COUNT_TOO_BIG = "số {value} quá lớn (số lượng tối đa {limit}): kiểm tra lại, có thể đã gõ thừa chữ số"
NUMBER_TOO_BIG = "số {value} quá lớn (tối đa {limit}): kiểm tra lại, có thể đã gõ thừa chữ số"
NUMBER_TOO_SMALL = "số {value} khác 0 nhưng nhỏ hơn {limit}: kiểm tra lại, hoặc ghi 0"
NUMBER_AMBIGUOUS = ("\"{value}\" gõ dạng chữ nên không rõ dấu chấm/phẩy là phần thập phân hay phân cách hàng nghìn: "
                    "nhập số vào ô kiểu số, không gõ dấu phân cách hàng nghìn")
NUMBER_OR_KEY_INVALID = "\"{value}\" không phải là số và không phải mã có trong sheet Số liệu"
CHOICE_INVALID = "giá trị \"{value}\" không hợp lệ: chọn một trong {choices}"
CONTROL_CHARS = ("ô có ký tự điều khiển hoặc ký tự ẩn không in được (ví dụ dấu cách độ rộng 0); "
                 "đã bỏ các ký tự đó")

# --- Thông tin ----------------------------------------------------------------
INFO_MISSING = "thiếu mục \"{item}\" (bắt buộc): thêm một dòng có Mục \"{item}\" và ghi Giá trị"
INFO_EMPTY = "mục \"{item}\" bắt buộc nhưng ô Giá trị để trống: ghi giá trị ({hint})"
INFO_UNKNOWN = "mục \"{item}\" không có trong mẫu nên bị bỏ qua{hint}"
INFO_DUPLICATE = "mục \"{item}\" ghi hai lần (ô {first} và ô này): xóa một dòng"
DATE_INVALID = "\"{value}\" không phải là ngày: nhập ô kiểu ngày hoặc chữ dạng ngày/tháng/năm, ví dụ 10/03/2021"
YEAR_INVALID = "\"{value}\" không phải là năm: nhập số năm bốn chữ số, ví dụ 2020"
ANNEX_LABEL_INVALID = ("ký hiệu biểu \"{value}\" không đọc được: ghi từng biểu dạng mã: ký hiệu, cách nhau "
                       "bởi dấu chấm phẩy, ví dụ \"tccsd: 6A-BTCTW; dangvien: 6B-BTCTW\"")
ANNEX_LABEL_UNKNOWN = "ký hiệu biểu cho \"{key}\": không có biểu này (có: {known})"
DECIMALS_INVALID = "số chữ số thập phân phải từ 0 đến 4, đang có \"{value}\""
TEMPLATE_UNKNOWN = "mẫu báo cáo \"{value}\" không có: dùng {known}, hoặc đường dẫn tới tệp .docx"

# --- rating sheets ------------------------------------------------------------
TOTAL_MISMATCH = ("Tổng số ({total}) khác tổng các loại ({parts}): HTXSNV + HTTNV + HTNV + KHTNV + "
                  "Miễn đánh giá + Chưa đánh giá phải bằng Tổng số; kiểm tra lại các ô của dòng {row}")
SPLIT_MISMATCH = ("Đảng bộ cơ sở ({dbcs}) + Chi bộ cơ sở ({cbcs}) = {sum}, khác Tổng số ({total}): "
                  "sửa lại một trong ba ô của dòng {row}")
DUPLICATE_UNIT = "đơn vị \"{unit}\" đã có ở ô {first}: mỗi đơn vị chỉ ghi một dòng trong sheet, gộp hai dòng lại"
QUOTA = ("số hoàn thành xuất sắc nhiệm vụ ({htxsnv}) vượt 20% số hoàn thành tốt nhiệm vụ ({httnv}) "
         "của đơn vị \"{unit}\" (tỷ lệ {ratio}; Quy định 124-QĐ/TW): kiểm tra lại")
NOT_RATED_NO_REASON = ("đơn vị \"{unit}\" có Tổng số {total} nhưng chưa xếp loại ai và không ghi lý do: "
                       "ghi \"Lý do chưa đánh giá\" (ví dụ: đang thực hiện quy trình)")
FAILED_COUNT = ("có {names} tên ở sheet \"Không hoàn thành nhiệm vụ\" cho \"{unit}\" ({subject}) "
                "nhưng KHTNV là {khtnv}: bổ sung hoặc bớt tên cho khớp")
FAILED_UNKNOWN_UNIT = "đơn vị \"{unit}\" không có trong sheet \"{subject}\": kiểm tra tên đơn vị"

# --- Các năm trước --------------------------------------------------------------
HISTORY_NOT_100 = ("các tỷ lệ năm {year} cộng lại được {sum}%, không phải 100% (cho phép sai 0,1): "
                   "kiểm tra lại các ô {cells}")
HISTORY_PERCENT_RANGE = "tỷ lệ {value}% nằm ngoài khoảng 0 đến 100: ghi tỷ lệ như đã công bố, ví dụ 17,30"
HISTORY_DUPLICATE = "năm {year}, {subject}, {kind} đã có ở dòng {first}: xóa một dòng"
HISTORY_FUTURE = "năm {year} không trước năm đánh giá {current}: dòng này không dùng để so sánh"
COMPARE_YEAR_MISSING = ("năm so sánh {year} không có trong sheet \"Các năm trước\" (và không có sổ năm trước): "
                        "các câu sẽ không có phần so sánh")

# --- Số liệu, markup, notes -----------------------------------------------------
KEY_INVALID = "mã \"{key}\" chỉ được gồm chữ, số và dấu _ (không có khoảng trắng)"
KEY_DUPLICATE = "mã \"{key}\" đã có ở ô {first}: mỗi mã chỉ dùng một lần"
VALUE_MISSING = "chỉ tiêu \"{key}\" chưa có Giá trị: nhập một số, hoặc ghi Công thức để drafter tính"
DENOMINATOR_ZERO = "Mẫu số của \"{key}\" bằng 0: không tính được tỷ lệ"
MARKUP_INVALID = "{detail}"
UNKNOWN_FIGURE = "mã \"{key}\" không có trong sheet \"Số liệu\" (hay \"Chuỗi số liệu\"): thêm dòng có Mã \"{key}\" hoặc sửa lại mã"
FIGURE_NEEDS = "\"{{{key}.{attribute}}}\" cần cột \"{column}\" của chỉ tiêu \"{key}\": nhập giá trị cho cột đó"
FIGURE_ZERO_BASE = ("\"{{{key}.{attribute}}}\" không tính được vì {column} của chỉ tiêu \"{key}\" bằng 0: "
                    "sửa {column} hoặc bỏ phần so sánh")
DISCIPLINE_NEEDS_SHEET = ("{ky_luat} in cụm kết quả thi hành kỷ luật nhưng sổ không có sheet \"Kỷ luật\" "
                          "(hoặc sheet trống): nhập số liệu kỷ luật vào sheet đó")
DISCIPLINE_ATTRIBUTE = ("\"{{ky_luat.{attribute}}}\" không hợp lệ: {{ky_luat}} in cả cụm kết quả thi hành kỷ luật, "
                        "không có tỷ lệ hay so sánh; viết {{ky_luat}}")
UNKNOWN_NOTE = "chú thích [^{key}] không có trong sheet \"Chú thích\": thêm dòng có Mã \"{key}\" hoặc sửa lại mã"
NOTE_IN_NOTE = "chú thích không được lồng chú thích khác ([^{key}]): bỏ [^…] trong nội dung chú thích"
SECTION_UNUSED = "mục \"{section}\" không có trong báo cáo xếp loại chất lượng nên bị bỏ qua{hint}"

# --- command line ---------------------------------------------------------------
UNREADABLE = "Không đọc được tệp \"{path}\": {reason}"
SUMMARY_OK = "Không có lỗi."
SUMMARY = "Có {errors} lỗi, {warnings} cảnh báo."
BUILD_STOPPED = "Chưa tạo báo cáo vì sổ số liệu còn {errors} lỗi; tệp cũ (nếu có) được giữ nguyên."
BUILT = "Đã tạo {path}"
PDF_BUILT = "Đã tạo {path}"
PDF_UNAVAILABLE = ("Không tạo được PDF: máy chưa cài LibreOffice (lệnh soffice). Tệp .docx vẫn được tạo; "
                   "cài LibreOffice rồi chạy lại với --pdf.")
PDF_TIMEOUT = "LibreOffice không trả lời sau {seconds} giây"
PDF_NO_REASON = "không rõ lý do"
PDF_FAILED = "Không tạo được PDF: {reason}"
OUTPUT_LOCKED = ("Không ghi được \"{path}\": {reason}. Có thể tệp đang mở trong Word, hãy đóng lại rồi chạy lại. "
                 "Tệp cũ được giữ nguyên.")
INIT_EXISTS = "Tệp \"{path}\" đã có: không ghi đè. Dùng --force nếu muốn ghi đè."
INIT_DONE = "Đã tạo sổ số liệu trống {path}"
INIT_NOT_XLSX = ("drafter init chỉ tạo tệp .xlsx (mở được bằng Excel và LibreOffice Calc): "
                 "đặt tên tệp có đuôi .xlsx, ví dụ \"{example}\"")
USAGE_WRONG = "Cách dùng không đúng"
USAGE_HELP = "Xem hướng dẫn: drafter --help"
INTERNAL = "Lỗi ngoài dự kiến của drafter: {reason}. Chạy lại với --debug để xem chi tiết và báo cho người phát triển."
TEMPLATE_MISSING = "Không tìm thấy mẫu báo cáo \"{name}\" (tìm ở \"{path}\"). Chưa ghi báo cáo."
TEMPLATE_BROKEN = ("Mẫu báo cáo \"{name}\" có thẻ viết sai ({reason}): sửa thẻ trong Word rồi chạy lại "
                   "(xem docs/mau-bao-cao.md). Chưa ghi báo cáo.")
TEMPLATE_REFUSED = "Không dùng mẫu báo cáo \"{name}\": {reason}. Chưa ghi báo cáo."
TEMPLATE_NEEDS_CONSENT = (
    "Sổ số liệu chọn mẫu báo cáo riêng \"{name}\" (sheet \"Thông tin\", mục \"Mẫu báo cáo\"). Mẫu báo cáo "
    "quyết định mọi chữ và số in ra (có thể in khác số liệu của sổ hoặc bỏ bớt), và Word mở mẫu đó cùng báo "
    "cáo: chỉ dùng mẫu do người tin cậy soạn. Nếu đúng là mẫu của đơn vị, chạy lại với --cho-phep-mau; "
    "hoặc chọn mẫu có sẵn bằng --template xep-loai-chat-luong (hoặc tong-hop). Chưa ghi báo cáo.")
TEMPLATE_NOT_DOCX_SUFFIX = ("mẫu phải là tệp Word .docx, tệp này có đuôi {suffix} (.docm có macro, .dotx là "
                            "khuôn mẫu): mở bằng Word rồi lưu lại dạng \"Word Document (.docx)\"")
TEMPLATE_NOT_A_FILE = "đường dẫn không phải một tệp (là thư mục hoặc thiết bị)"
TEMPLATE_TOO_BIG = "tệp mẫu lớn hơn {limit}: bỏ bớt hình ảnh rồi lưu lại"
TEMPLATE_NOT_A_DOCX = "tệp không phải tệp Word .docx hoặc đã bị hỏng: mở bằng Word rồi lưu lại dạng .docx"
TEMPLATE_NOT_PLAIN_DOCX = ("tệp không phải văn bản Word thường (có thể là khuôn mẫu .dotx hoặc tệp có macro "
                           "đổi đuôi): mở bằng Word rồi lưu lại dạng \"Word Document (.docx)\"")
TEMPLATE_MACROS = ("tệp có macro (VBA), báo cáo không được mang macro: mở bằng Word, lưu lại dạng "
                   "\"Word Document (.docx)\" (không có macro)")
TEMPLATE_ACTIVE_CONTENT = "tệp có {what}, báo cáo không được mang theo: xóa khỏi mẫu rồi lưu lại"
TEMPLATE_FETCHES = ("tệp có liên kết khiến Word tải tài liệu khác từ ngoài khi mở (khuôn mẫu đính kèm, đối tượng "
                    "liên kết): bỏ liên kết đó (Tệp › Tùy chọn › Phần bổ trợ › Mẫu) rồi lưu lại")
TEMPLATE_BLOCK_MISPLACED = ("thẻ {{{{ {tag} }}}} in cả các đoạn văn nên phải viết là {{{{p {tag} }}}} và đứng một "
                            "mình trong một đoạn")
TEMPLATE_NEAR = ", ở thẻ \"{tag}\""
TEMPLATE_TOO_SLOW = "mẫu chạy quá {seconds} giây, có lẽ do một vòng lặp quá lớn"
TEMPLATE_TOO_LARGE = "mẫu tạo ra văn bản quá lớn hoặc dùng quá nhiều bộ nhớ, có lẽ do một vòng lặp hay phép nhân chuỗi"
TEMPLATE_UNSAFE = ("thẻ dùng thao tác không được phép: trong mẫu chỉ in được dữ liệu của báo cáo, không gọi được "
                   "phần bên trong của chương trình")
TEMPLATE_UNDEFINED = "không có \"{name}\" trong dữ liệu của báo cáo (xem danh sách biến trong docs/mau-bao-cao.md)"
TEMPLATE_TAG_FAILED = "một thẻ tính ra lỗi (giá trị không đúng kiểu, ví dụ cộng chữ với số)"
TEMPLATE_DIVISION_BY_ZERO = "một thẻ chia cho 0"
TEMPLATE_TOO_DEEP = "một macro gọi lại chính nó quá nhiều lần"
TEMPLATE_BROKE_XML = ("mẫu tạo ra nội dung Word hỏng (thẻ nằm giữa các phần định dạng của Word, hoặc in ra ký hiệu "
                      "XML): gõ lại cả thẻ một lần, không định dạng riêng từng phần")
TEMPLATE_UNKNOWN_TAG = "thẻ {{% {name} %}} không có"
TEMPLATE_UNCLOSED = "thẻ {{% {name} … %}} chưa có thẻ đóng {{% end{name} %}}"
TEMPLATE_UNKNOWN_FILTER = "không có bộ lọc \"{name}\""
TEMPLATE_SYNTAX = "thẻ viết sai cú pháp (thiếu dấu ngoặc, dấu nháy, hoặc thừa ký tự)"
STRUCTURE_BLOCK_IN_TEXT = ("mẫu đặt cả đoạn văn vào giữa một dòng chữ: thẻ in đoạn văn phải viết {{p …}} và đứng "
                           "một mình trong một đoạn")
STRUCTURE_NOTE_IN_TEXT = "chú thích cuối trang phải gọi bằng {{r footnote(\"…\") }} (có chữ r)"
STRUCTURE_ELEMENT_IN_TEXT = "mẫu đặt nội dung Word vào giữa một dòng chữ: kiểm tra các thẻ {{p …}} và {{r …}}"
STRUCTURE_RUN_MISPLACED = "mẫu đặt một đoạn chữ ra ngoài đoạn văn: kiểm tra các thẻ {{r …}} và {%p … %}"
STRUCTURE_NOTE_MISSING = "chú thích số {number} được gọi trong văn bản nhưng không có nội dung"
BATCH_SUMMARY = "Kết quả: {done} sổ đã tạo báo cáo, {failed} sổ lỗi."
BATCH_OK = "xong"
BATCH_FAILED = "lỗi"

# --- the command line's own words -------------------------------------------------------
# click writes these in English. cli.py looks each sentence click produces up here, as a
# gettext catalogue would: the key is click's English template, the value ours; a field
# such as {name} matches whatever click put there (quotes included). No module of click
# is changed.
CLICK = {
    "Usage:": "Cách dùng:",
    "Options": "Tùy chọn",
    "Commands": "Lệnh",
    "Show this message and exit.": "Hiện hướng dẫn này rồi thoát.",
    "Show the version and exit.": "Hiện phiên bản rồi thoát.",
    "Missing command.": "Thiếu tên lệnh.",
    "No such command {name!r}.": "Không có lệnh {name}.",
    "No such option {name!r}.": "Không có tùy chọn {name}.",
    "No such option: {name}": "Không có tùy chọn {name}.",
    "Option {name!r} does not take a value.": "Tùy chọn {name} không nhận giá trị.",
    "Option {name!r} requires an argument.": "Tùy chọn {name} cần một giá trị.",
    "Option {name!r} requires {nargs} arguments.": "Tùy chọn {name} cần {nargs} giá trị.",
    "Argument {name!r} takes {nargs} values.": "Tham số {name} cần {nargs} giá trị.",
    "Got unexpected extra argument ({args})": "Thừa tham số ({args}).",
    "Got unexpected extra arguments ({args})": "Thừa các tham số ({args}).",
    "Takes {nargs} values but 1 was given.": "Cần {nargs} giá trị nhưng chỉ có 1.",
    "Takes {nargs} values but {len} were given.": "Cần {nargs} giá trị nhưng có {len}.",
    "Invalid start character for option ({option})": "Tùy chọn bắt đầu bằng ký tự không hợp lệ ({option}).",
    "Value must be an iterable.": "Giá trị phải là một danh sách.",
    "{value!r} is not a valid {number_type}.": "{value} không phải là số hợp lệ.",
    "{value} is not in the range {range}.": "{value} nằm ngoài khoảng {range}.",
    "{value!r} is not a valid boolean. Recognized values: {states}": "{value} không phải giá trị có/không.",
    "{name} {filename!r} does not exist.": "Không có {filename}.",
    "{name} {filename!r} is a file.": "{filename} là một tệp.",
    "{name} {filename!r} is a directory.": "{filename} là một thư mục.",
    "{name} {filename!r} is not readable.": "Không đọc được {filename}.",
    "{name} {filename!r} is not writable.": "Không ghi được vào {filename}.",
    "Could not open file {filename!r}: {message}": "Không mở được tệp {filename}.",
    "Aborted!": "Đã dừng.",
}
CLICK_MISSING_ARGUMENT = "Thiếu tham số {hint}."
CLICK_MISSING_OPTION = "Thiếu tùy chọn {hint}."
CLICK_INVALID_VALUE = "Giá trị không hợp lệ cho {hint}: {message}"
CLICK_DID_YOU_MEAN = " (có phải: {names}?)"

# --- comparison annexes (drafter compare, build --phu-luc-so-sanh) ------------------
COMPARE_PUBLISHED_DIFFERS = ("năm {year}, {subject}, {code}: tỷ lệ đã công bố ({published}) khác tỷ lệ tính từ "
                             "số lượng ({count}/{rated} = {computed}); phụ lục so sánh dùng tỷ lệ đã công bố: "
                             "kiểm tra lại sheet \"Các năm trước\" hoặc sổ số liệu năm {year}")
COMPARE_SAME_YEAR = ("Hai sổ số liệu cùng năm đánh giá {year}: \"{first}\" và \"{second}\". "
                     "Mỗi năm chỉ đưa một sổ; kiểm tra lại mục \"Năm đánh giá\" của sheet \"Thông tin\".")
COMPARE_NOTHING = ("Không có gì để so sánh: cần số liệu của ít nhất hai năm cho cùng một đối tượng "
                   "(nhiều sổ số liệu, hoặc sheet \"Các năm trước\" có số liệu các năm trước).")
COMPARE_STOPPED = "Chưa tạo phụ lục so sánh vì các sổ số liệu còn {errors} lỗi; tệp cũ (nếu có) được giữ nguyên."
COMPARE_NOTHING_IN_BUILD = ("không có số liệu năm trước nào để lập phụ lục so sánh (thêm sheet \"Các năm trước\" "
                            "hoặc --nam-truoc): báo cáo được tạo không có phụ lục so sánh")
COMPARE_NOT_IN_BATCH = "--phu-luc-so-sanh chưa dùng được với --out-dir: tạo từng báo cáo một (không có --out-dir)."
COMPARE_BUILT = "Đã tạo {path} ({tables} biểu, {charts} biểu đồ)"

# --- regeneration: the change list and the tracked-changes copy -------------------
CHANGES_HEAD = "Thay đổi so với lần tạo trước:"
NO_CHANGES = "Không có số liệu nào thay đổi so với lần tạo trước."
NO_PREVIOUS_RECORD = ("Lần tạo trước không để lại bản ghi số liệu (tệp .json): chỉ so sánh được câu chữ "
                      "của báo cáo.")
CHANGE_COUNT = "{old} → {new}"
CHANGE_VALUE = "giá trị {old} → {new}"
CHANGE_SHARE = "tỷ lệ {old} → {new}"
CHANGE_PREVIOUS = "so với kỳ trước: {old} → {new}"
CHANGE_TARGET = "so với chỉ tiêu: {old} → {new}"
CHANGE_COMPARE = "so với năm {year}: {old} → {new}"
FIGURE_NEW = "{key}: số liệu mới ({value})"
FIGURE_GONE = "{key}: không còn in (trước là {value})"
MORE_CHANGES = "  … và {count} thay đổi khác."
SENTENCES_HEAD = "Câu chữ thay đổi theo:"
PARAGRAPH_CHANGED = "  {place}:"
PARAGRAPH_ADDED = "  {place}: thêm đoạn \"{text}\""
PARAGRAPH_REMOVED = "  {place}: bỏ đoạn \"{text}\""
SENTENCE_OLD = "    cũ:  {text}"
SENTENCE_NEW = "    mới: {text}"
TABLE_ROWS_CHANGED = "  {place}: {count} dòng bảng thay đổi"
TRACKED_BUILT = ("Đã tạo {path}: bản có đánh dấu {count} chỗ sửa; mở bằng Word, thẻ Review (Xem lại) "
                 "để chấp nhận hoặc từ chối từng chỗ.")
TRACKED_NONE = "Đã tạo {path}: báo cáo không có chỗ nào khác lần tạo trước."
PREVIOUS_RECORD_UNREADABLE = ("Không đọc được bản ghi số liệu lần tạo trước \"{path}\" (tệp hỏng hoặc không "
                              "phải do drafter ghi): bỏ qua phần so sánh số liệu; bản ghi mới đã được ghi đè lên.")
RECORD_DOES_NOT_MATCH = ("Bản ghi số liệu \"{record}\" không khớp với báo cáo \"{path}\" (báo cáo đã được sửa hoặc "
                         "thay sau lần tạo trước, hoặc lần tạo đó bị ngắt giữa chừng): câu chữ được so với chính "
                         "\"{path}\", số liệu không so được; bản ghi mới sẽ khớp với báo cáo mới.")
TRACKED_KEPT = "Bản đánh dấu thay đổi cũ \"{path}\" (có thể có ghi chú của người duyệt) được giữ lại thành {kept}."
PREVIOUS_DOCX_UNREADABLE = ("Không so sánh được với báo cáo cũ \"{path}\" (tệp hỏng hoặc không phải .docx): "
                            "không tạo bản đánh dấu thay đổi.")

# --- drafter merge ------------------------------------------------------------------
MERGE_DUPLICATE_UNIT = ("đơn vị \"{unit}\" có trong cả sổ \"{first}\" (ô {first_cell}) và sổ \"{second}\": "
                        "mỗi đơn vị chỉ được có trong một sổ; xóa dòng ở một trong hai sổ rồi gộp lại")
MERGE_UNKNOWN_SHEET = "sheet này không có trong mẫu nên không được gộp"
MERGE_UNKNOWN_COLUMN = "cột \"{name}\" không có trong mẫu nên không được gộp"
MERGE_ORIGIN = "{cell} ({file}, dòng {row})"
MERGE_STOPPED = "Chưa ghi sổ gộp vì còn {errors} lỗi; sửa các sổ đơn vị rồi gộp lại."
MERGE_DONE = "Đã gộp {count} sổ thành {path}"
MERGE_NEEDS_OUTPUT = "Cần -o TỆP.xlsx để biết nơi ghi sổ gộp."
OUTPUT_WRONG_SUFFIX = "tệp kết quả \"{path}\" phải có đuôi {suffix} (ví dụ: -o ket-qua{suffix})"
OUTPUT_IS_INPUT = ("tệp kết quả \"{path}\" chính là một tệp đầu vào (sổ số liệu hoặc mẫu báo cáo): chọn tên "
                   "khác, tệp đầu vào không bao giờ bị ghi đè")
NOTE_IN_UNIT_NOTE = ("Ghi chú của đơn vị được in thành chú thích cuối trang nên không chứa được chú thích khác "
                     "([^{key}]): ghi thẳng nội dung cần thiết vào Ghi chú")
PREVIOUS_NOT_EARLIER = ("sổ năm trước \"{path}\" là năm {before}, không trước năm đánh giá {year}: "
                        "--nam-truoc cần sổ số liệu của một năm trước đó")

# --- writing the output: the reason after "Không ghi được …:" ------------------------
WRITE_FAILED = "Không ghi được \"{path}\": {reason}. Tệp cũ được giữ nguyên (nếu có)."
WRITE_THROUGH_FILE = "một phần của đường dẫn (\"{part}\") là tệp, không phải thư mục"
WRITE_THROUGH_FILE_UNKNOWN = "một phần của đường dẫn là tệp, không phải thư mục"
WRITE_IS_FOLDER = "đường dẫn là một thư mục: ghi tên tệp, ví dụ \"{example}\""
WRITE_NO_PERMISSION = "không có quyền ghi"
WRITE_NO_PERMISSION_FOLDER = "không có quyền ghi vào thư mục \"{folder}\""
WRITE_BUSY = "tệp đang bị chương trình khác dùng"
WRITE_DISK_FULL = "ổ đĩa đã đầy: giải phóng bớt chỗ trống rồi chạy lại"
WRITE_NO_FOLDER = "thư mục không tồn tại và không tạo được"
WRITE_READ_ONLY = "ổ đĩa hoặc thư mục chỉ cho đọc, không ghi được"
WRITE_NAME_TOO_LONG = "tên tệp hoặc đường dẫn quá dài: đặt tên ngắn hơn"
WRITE_OTHER = "lỗi hệ điều hành ({code})"
WRITE_WOULD_OVERWRITE_INPUT = "đây là một tệp đầu vào (sổ số liệu hoặc mẫu báo cáo), không bao giờ bị ghi đè"
OUTPUT_BUSY = ("Một lần tạo báo cáo khác đang ghi \"{path}\" và chưa xong sau {seconds} giây: chờ lần đó xong "
               "rồi chạy lại. Chưa ghi gì.")
OUTPUT_IS_TRACKED_COPY = ("tên \"{path}\" dành cho bản đánh dấu thay đổi của một báo cáo khác (X.thay-doi.docx): "
                          "chọn tên khác")
COMMIT_PARTIAL = ("Không ghi được \"{path}\": {reason}; và không khôi phục được các tệp đã thay: {written} là "
                  "của lần tạo này. Chạy lại lệnh để tạo lại đủ các tệp.")
RECOVERY_FAILED = ("Lần tạo trước của \"{path}\" bị ngắt giữa chừng và không hoàn tất được ({reason}); kiểm tra "
                   "tệp \"{journal}\" hoặc xóa nó rồi chạy lại.")
JOURNAL_DAMAGED = "nhật ký ghi tệp bị hỏng hoặc không phải của báo cáo này"
RECOVERED = "Lần tạo trước của \"{path}\" bị ngắt giữa chừng khi đang ghi: đã ghi nốt các tệp của lần đó."
OUT_DIR_FAILED = "Không dùng được thư mục \"{path}\" cho --out-dir: {reason}. Chưa tạo báo cáo nào."

# --- drafter build FILE… --out-dir: inputs with the same name, the previous year's workbook ---
BATCH_RENAMED = "(trùng tên với \"{first}\" nên ghi thành {name})"
BATCH_NEEDS_OUT_DIR = "Nhiều sổ số liệu cần --out-dir để biết nơi ghi."
BATCH_MORE_ERRORS = " (và {count} lỗi khác)"
BATCH_PROGRESS = "Đang tạo báo cáo"
BATCH_UNIT = "sổ"
BATCH_PREVIOUS_UNREADABLE = "Không đọc được sổ năm trước (--nam-truoc) \"{path}\": {reason}. Chưa tạo báo cáo nào."
BATCH_PREVIOUS_STOPPED = ("Chưa tạo báo cáo nào vì sổ năm trước (--nam-truoc) \"{path}\" còn {errors} lỗi; "
                          "sửa sổ đó rồi chạy lại.")

# --- reading the file: a folder given where a workbook is expected -------------------
PATH_IS_FOLDER = ("đây là một thư mục, không phải tệp sổ số liệu: ghi đường dẫn tới tệp .xlsx (hoặc .ods) "
                  "trong thư mục đó")

# --- PDF --------------------------------------------------------------------------
PDF_OLD_LOCKED = "không xóa được bản PDF cũ \"{path}\": có thể tệp đang mở, hãy đóng lại rồi chạy lại"
PDF_NOT_WRITTEN = "LibreOffice chạy xong nhưng không tạo ra tệp PDF"
PDF_LIBREOFFICE_FAILED = "LibreOffice báo lỗi (mã {code}); thử mở báo cáo bằng LibreOffice để xem"

# --- drafter serve: the report desk in a web page -------------------------------------
SERVE_OWN_TEMPLATE = ("mẫu báo cáo \"{name}\" là tệp riêng trên máy: trang web chỉ dùng các mẫu có sẵn ({known}); "
                      "để trống mục \"Mẫu báo cáo\", hoặc dùng lệnh drafter build trên máy có tệp mẫu đó")
SERVE_NO_FILE = "Chưa chọn tệp: bấm \"Chọn tệp\" hoặc kéo sổ số liệu (.xlsx) thả vào khung rồi thử lại."
SERVE_TOO_LARGE = ("Tệp lớn hơn {limit} nên không nhận: sổ số liệu thường chỉ vài trăm KB. Kiểm tra lại có đúng "
                   "tệp không, hoặc xóa các sheet không cần rồi tải lên lại.")
SERVE_UNPACKED_TOO_LARGE = ("Tệp giải nén ra hơn {limit} nên không mở: một sổ số liệu bình thường nhỏ hơn nhiều. "
                            "Mở tệp bằng Excel, xóa các sheet không cần, lưu lại dạng .xlsx rồi tải lên lại.")
SERVE_BAD_UPLOAD = "Không nhận được tệp gửi lên (dữ liệu gửi bị hỏng hoặc bị ngắt giữa chừng): tải lên lại."
SERVE_BAD_HOST = ("Địa chỉ \"{host}\" không phải địa chỉ của drafter trên máy này nên yêu cầu bị từ chối. "
                  "Mở trang bằng địa chỉ {url}")
SERVE_CSRF = ("Yêu cầu bị từ chối vì trang đã cũ (drafter vừa khởi động lại) hoặc không phải do drafter mở ra. "
              "Tải lại trang (phím F5) rồi làm lại.")
SERVE_API_HEADER = ("Yêu cầu API cần tiêu đề \"X-Drafter: 1\" (để một trang web khác không thể gửi thay bạn): "
                    "thêm tiêu đề đó vào yêu cầu.")
SERVE_NOT_FOUND = "Không có trang hoặc tệp này (có thể địa chỉ gõ sai, hoặc tệp đã bị xóa): quay về Trang chủ."
SERVE_METHOD = "Trang này không nhận kiểu yêu cầu đó: quay về Trang chủ và dùng các nút trên trang."
SERVE_INTERNAL = ("drafter gặp lỗi ngoài dự kiến nên chưa làm xong việc này. Chi tiết kỹ thuật đã ghi vào tệp "
                  "\"{log}\" (mã {ref}): gửi tệp đó cho người phát triển; các tệp đã lưu không bị ảnh hưởng.")
SERVE_FILE_GONE = ("Tệp đã lưu không còn trong thư mục dữ liệu (có thể đã bị xóa bằng tay): tải sổ số liệu lên lại.")
SERVE_HAS_ERRORS = "Chưa tạo báo cáo vì sổ số liệu còn {errors} lỗi: sửa các ô được đánh dấu rồi tải lên lại."
SERVE_COMPARE_PICK = "Chọn ít nhất hai sổ số liệu (hai năm khác nhau) để so sánh."
SERVE_NO_OFFICE = ("Máy chưa cài LibreOffice nên chưa có ảnh từng trang và tệp PDF; dưới đây là nội dung báo cáo "
                   "dạng trang web. Cài LibreOffice rồi chạy lại drafter serve để có ảnh các trang và tệp .pdf.")
SERVE_PDF_FAILED = "Không tạo được PDF: {reason}. Tệp .docx vẫn tải được bình thường."
SERVE_PDF_TIMEOUT = "LibreOffice không trả lời sau {seconds} giây"
SERVE_STARTED = "drafter đang chạy tại {url} (dữ liệu lưu trong \"{folder}\"). Bấm Ctrl+C để dừng."
SERVE_PORT_BUSY = "Cổng {port} đang được chương trình khác dùng: chạy lại với cổng khác, ví dụ --port {other}."
SERVE_HOST_ANY = ("--host {host} nghe trên mọi địa chỉ nên drafter không biết địa chỉ nào là của nó: ghi địa chỉ "
                  "cụ thể của máy (ví dụ --host 192.168.1.10).")
SERVE_FOLDER_FAILED = "Không dùng được thư mục dữ liệu \"{path}\": {reason}."
SERVE_OFFICE_WARMING = "LibreOffice đang khởi động để tạo ảnh các trang…"

# --- Số liệu: formulas (Công thức) and sums (Thuộc, Kiểm tra tổng) ------------------------
FORMULA_EMPTY = "công thức trống"
FORMULA_CHARACTER = "ký tự \"{char}\" (thứ {pos}) không dùng được trong công thức: chỉ có số, Mã, + - * / và ngoặc ( )"
FORMULA_ENDS_EARLY = "công thức dừng giữa chừng: còn thiếu {expected}"
FORMULA_UNEXPECTED = "gặp \"{found}\" ở ký tự thứ {pos}, cần {expected}"
FORMULA_OPERAND = "một số, một Mã hoặc dấu ("
FORMULA_CLOSE = "dấu đóng ngoặc )"
FORMULA_OPERATOR = "một phép tính + - * / hoặc dấu đóng ngoặc )"
FORMULA_DIVISION_BY_ZERO = "chia cho 0 (\"{divisor}\" bằng 0)"
FORMULA_INVALID = "công thức \"{formula}\" không hợp lệ: {detail}. Ví dụ công thức đúng: (a + b) / c * 100"
FORMULA_UNKNOWN_KEY = ("công thức \"{formula}\" dùng mã \"{key}\" không có trong sheet \"Số liệu\": "
                       "thêm dòng có Mã \"{key}\" hoặc sửa lại công thức")
FORMULA_CYCLE = ("công thức của \"{key}\" vòng lại chính nó ({cycle}): một chỉ tiêu không được tính từ chính nó, "
                 "bỏ một mã khỏi vòng")
FORMULA_NOT_COMPUTED = "công thức \"{formula}\" không tính được: {detail}; sửa công thức hoặc số liệu của mã đó"
FORMULA_DIFFERS = ("Giá trị ({value}) khác kết quả Công thức \"{formula}\" ({computed}): để trống Giá trị "
                   "(drafter tính theo công thức) hoặc sửa lại một trong hai ô")
TARGET_INVALID = ("chỉ tiêu \"{value}\" không đọc được: ghi một số (70), một khoảng (19-20) hoặc một ngưỡng "
                  "(≥ 90, trên 80, ≤ 3, không quá 3, < 5)")
SUM_NOT_EQUAL = ("{expression} = {total}, khác {whole} (Giá trị của \"{key}\"): các phần ({parts}) phải cộng "
                 "lại bằng tổng; sửa số liệu cho khớp")
SUM_EXCEEDS = ("{expression} = {total}, vượt {whole} (Giá trị của \"{key}\"): tổng các phần ({parts}) không "
               "được lớn hơn tổng chung; sửa số liệu cho khớp")
SUM_NO_PARTS = ("\"{key}\" có Kiểm tra tổng nhưng không dòng nào ghi Thuộc \"{key}\": ghi Mã \"{key}\" vào cột "
                "Thuộc của các phần")
PARENT_UNKNOWN = "Thuộc \"{parent}\" không phải Mã có trong sheet \"Số liệu\": sửa lại mã của tổng chung"
PARENT_SELF = "\"{key}\" không thể thuộc chính nó: để trống ô Thuộc hoặc ghi Mã của tổng chung"
PARENT_CYCLE = "cột Thuộc vòng lại ({cycle}): một chỉ tiêu không thể vừa là phần vừa là tổng của nhau"
YEAR_NOT_BEFORE = "Năm kỳ trước ({year}) phải trước Năm đánh giá ({current}): sửa lại năm"
OUTLINE_INVALID = ("cách đánh số đề mục \"{value}\" không đọc được: ghi các cấp từ trên xuống, mỗi cấp một trong "
                   "{levels}; ví dụ {schemes}")

# --- Chuỗi số liệu, Biểu chỉ tiêu, the new markup ---------------------------------------------
SERIES_VALUE_MISSING = "\"{key}\" năm {year} chưa có Giá trị: nhập một số hoặc xóa dòng"
SERIES_DUPLICATE = "\"{key}\" năm {year} đã có ở ô {first}: mỗi mã một năm chỉ ghi một dòng"
SERIES_MIXED = ("\"{key}\" có năm ghi Mẫu số, có năm không (xem ô {first}): một chuỗi là tỷ lệ (mọi năm có Mẫu số) "
                "hoặc là số (không năm nào có)")
SERIES_DIFFERS = ("Giá trị năm {year} của \"{key}\" ({value}) khác Giá trị ở sheet \"Số liệu\" (ô {cell}: {other}): "
                  "một số liệu chỉ có một giá trị, sửa lại một trong hai ô")
SERIES_YEAR_MISSING = "\"{markup}\" cần số liệu năm {year} của \"{key}\" trong sheet \"Chuỗi số liệu\": thêm dòng năm đó"
SERIES_NEEDED = "\"{markup}\" cần các năm của \"{key}\" trong sheet \"Chuỗi số liệu\": thêm mỗi năm một dòng"
SERIES_ONLY = ("\"{markup}\" cần dòng của \"{key}\" trong sheet \"Số liệu\" (Kỳ trước, Chỉ tiêu): \"{key}\" chỉ có "
               "trong \"Chuỗi số liệu\"")
SERIES_SUM_OF_RATE = ("\"{{{key}.tong}}\" không dùng được: \"{key}\" là tỷ lệ, cộng các tỷ lệ không có nghĩa; "
                      "dùng {{{key}.trungbinh}} hoặc một chỉ tiêu số lượng")
GROWTH_NEEDS = ("\"{markup}\" cần Kỳ trước và Năm kỳ trước của \"{key}\" (sheet \"Số liệu\"), hoặc ít nhất hai năm "
                "trong sheet \"Chuỗi số liệu\"")
GROWTH_FROM_ZERO = "\"{markup}\" không tính được: số liệu năm đầu của \"{key}\" bằng 0 hoặc âm"
DECIMALS_NOT_HERE = "\"{markup}\" không in số nên không dùng :N (số chữ số thập phân): bỏ phần :N"
ANNEX_UNKNOWN = "biểu \"{key}\" không có trong báo cáo này: dùng một trong {known}"
ANNEX_NONE = "(báo cáo không có biểu nào)"
ANNEX_KEY_TAKEN = "\"{key}\" là tên biểu có sẵn của báo cáo xếp loại: đặt tên khác cho biểu chỉ tiêu"
ANNEX_TITLE_MISSING = "biểu \"{key}\" chưa có Tiêu đề: ghi tiêu đề ở dòng đầu tiên của biểu"
ANNEX_TITLE_LATER = "biểu \"{key}\" đã có tiêu đề ở ô {first}: chỉ tiêu đề ở dòng đầu được dùng"
ANNEX_ROW_UNKNOWN = "mã \"{key}\" không có trong sheet \"Số liệu\": thêm chỉ tiêu đó hoặc sửa lại mã"
ANNEX_ROW_TWICE = "mã \"{key}\" đã có trong biểu \"{annex}\" ở ô {first}: mỗi chỉ tiêu một dòng"
ANNEX_EMPTY = "biểu \"{key}\" không có dòng chỉ tiêu nào: ghi Mã của các chỉ tiêu ở cột Mã"
CHANGE_OTHER = "{field} {old} → {new}"
# --- rebuilding over a report the officer edited in Word or LibreOffice (render/rebuild.py) ---
REBUILD_EDITED_UNREADABLE = ("Không đọc được bản báo cáo đã sửa: {reason}. Mở tệp bằng Word hoặc LibreOffice, "
                             "lưu lại dạng .docx rồi tạo lại; bản đó chưa bị thay đổi.")
REBUILD_BASE_UNREADABLE = ("Không đọc được bản báo cáo drafter tạo lần trước (để biết người soạn đã sửa những gì): "
                           "{reason}.")
REBUILD_NEW_UNREADABLE = "Không đọc được bản báo cáo vừa tạo: {reason}."
REBUILD_NOT_ZIP = "tệp không phải .docx (không mở được như tệp nén Office Open XML)"
REBUILD_NO_DOCUMENT = "tệp .docx thiếu phần nội dung chính (word/document.xml)"
REBUILD_BAD_XML = "phần \"{part}\" của tệp bị hỏng (XML không hợp lệ)"
# The comment drafter attaches where the officer and the new figures changed the same words.
REBUILD_COMMENT = "Số liệu mới: {new} (trước: {old})"
REBUILD_COMMENT_DELETED = "Phần đã xóa ở đây có số liệu mới: {changes}"
REBUILD_COMMENT_DROPPED = "Bản mới không còn phần này (trước: {old}); phần đã sửa được giữ nguyên."
REBUILD_NOTHING = "—"
REBUILD_JOIN = "; "
# Where a conflict is, for the list of conflicts.
REBUILD_PLACE_HEAD = "Phần đầu"
REBUILD_PLACE_SIGNATURE = "Chữ ký, nơi nhận"
REBUILD_PLACE_NOTE = "Chú thích {number}"
REBUILD_PLACE_SEP = " › "
# The summary of a rebuild, for the command line.
REBUILD_SUMMARY = ("Đã tạo lại báo cáo trên bản người soạn đã sửa: giữ {kept} chỗ người soạn sửa, "
                   "cập nhật {updated} chỗ theo số liệu mới, {conflicts} chỗ cả hai cùng sửa.")
REBUILD_CONFLICT = ("  {section}: giữ \"{officer}\" của người soạn; số liệu mới \"{new}\" (trước: \"{old}\") "
                    "nằm trong ghi chú (comment) của drafter tại chỗ đó")
REBUILD_CONFLICT_DELETED = ("  {section}: người soạn đã xóa phần này, bản sửa giữ nguyên như vậy; "
                            "số liệu mới ở đó: \"{new}\" (trước: \"{old}\")")
# --- rebuilding into the officer's edited report (drafter build over X.docx) ---------------
REBUILD_KEPT_ASIDE = "Báo cáo đã được sửa sau lần tạo trước: giữ nguyên bản đó ở {path}, rồi đưa số liệu mới vào chính bản đã sửa."
REBUILD_FRESH = "Tạo mới từ đầu (--tao-moi): bản đang có được giữ ở {path}; các chỗ đã sửa tay không được đưa vào bản mới."
REBUILD_NO_BASE = ("\"{path}\" không phải bản drafter tạo lần trước (hoặc thiếu bản gốc .ban-goc.docx) nên không "
                   "tách được các chỗ đã sửa tay: giữ nguyên tệp đó ở {aside} và tạo báo cáo mới.")
REBUILD_NO_MERGE = "Không đưa được các chỗ sửa tay vào bản mới: bản đã sửa được giữ ở {aside}; báo cáo được tạo mới."
REBUILD_TRACKED = ("Bản {path}: các chỗ drafter cập nhật là thay đổi theo dõi (tác giả drafter), chấp nhận hoặc "
                   "từ chối từng chỗ ở thẻ Review (Xem lại).")
