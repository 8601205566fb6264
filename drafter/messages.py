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

# --- workbook structure -------------------------------------------------------
UNKNOWN_SHEET = "sheet \"{name}\" không có trong mẫu nên bị bỏ qua{hint}"
DID_YOU_MEAN = " (có phải \"{name}\"?)"
MISSING_REQUIRED_SHEET = "thiếu sheet \"{name}\": thêm sheet này (chạy drafter init để có mẫu đầy đủ)"
MISSING_RECIPIENTS = "không có sheet \"Nơi nhận\": khối nơi nhận sẽ để trống"
EMPTY_SHEET = "sheet không có dòng số liệu nào"
UNKNOWN_COLUMN = "cột \"{name}\" không có trong mẫu nên bị bỏ qua{hint}"
MISSING_COLUMN = "thiếu cột \"{name}\" ở dòng tiêu đề (dòng 1): thêm cột này"
DUPLICATE_COLUMN = "cột \"{name}\" xuất hiện hai lần (ô {first} và ô này): xóa một cột"
ROW_WITHOUT_KEY = "dòng {row} có số liệu nhưng ô \"{key}\" để trống: ghi {key} hoặc xóa số liệu của dòng"
ROW_IN_MERGED = ("dòng {row} có số liệu nhưng ô \"{key}\" nằm trong vùng ô gộp {merged}: "
                 "bỏ gộp ô và ghi {key} cho từng dòng")

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
NUMBER_AMBIGUOUS = ("\"{value}\" gõ dạng chữ nên không rõ dấu chấm/phẩy là phần thập phân hay phân cách hàng nghìn: "
                    "nhập số vào ô kiểu số, không gõ dấu phân cách hàng nghìn")
NUMBER_OR_KEY_INVALID = "\"{value}\" không phải là số và không phải mã có trong sheet Số liệu"
CHOICE_INVALID = "giá trị \"{value}\" không hợp lệ: chọn một trong {choices}"
CONTROL_CHARS = "ô có ký tự điều khiển không in được; đã bỏ các ký tự đó"

# --- Thông tin ----------------------------------------------------------------
INFO_MISSING = "thiếu mục \"{item}\" (bắt buộc): thêm một dòng có Mục \"{item}\" và ghi Giá trị"
INFO_EMPTY = "mục \"{item}\" bắt buộc nhưng ô Giá trị để trống: ghi giá trị ({hint})"
INFO_UNKNOWN = "mục \"{item}\" không có trong mẫu nên bị bỏ qua{hint}"
INFO_DUPLICATE = "mục \"{item}\" ghi hai lần (ô {first} và ô này): xóa một dòng"
DATE_INVALID = "\"{value}\" không phải là ngày: nhập ô kiểu ngày hoặc chữ dạng ngày/tháng/năm, ví dụ 10/03/2021"
YEAR_INVALID = "\"{value}\" không phải là năm: nhập số năm bốn chữ số, ví dụ 2020"
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
VALUE_MISSING = "chỉ tiêu \"{key}\" chưa có Giá trị: nhập một số"
DENOMINATOR_ZERO = "Mẫu số của \"{key}\" bằng 0: không tính được tỷ lệ"
MARKUP_INVALID = "{detail}"
UNKNOWN_FIGURE = "mã \"{key}\" không có trong sheet \"Số liệu\": thêm dòng có Mã \"{key}\" hoặc sửa lại mã"
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
TEMPLATE_MISSING = "Không tìm thấy mẫu báo cáo \"{name}\"."
TEMPLATE_BROKEN = ("Mẫu báo cáo \"{name}\" có thẻ viết sai ({reason}): sửa thẻ trong Word rồi chạy lại "
                   "(xem docs/mau-bao-cao.md). Chưa ghi báo cáo.")
BATCH_SUMMARY = "Kết quả: {done} sổ đã tạo báo cáo, {failed} sổ lỗi."
BATCH_OK = "xong"
BATCH_FAILED = "lỗi"

# --- the command line's own words (click prints these in English otherwise) ----
CLICK = {
    "Usage:": "Cách dùng:",
    "Options": "Tùy chọn",
    "Commands": "Lệnh",
    "Show this message and exit.": "Hiện hướng dẫn này rồi thoát.",
    "Show the version and exit.": "Hiện phiên bản rồi thoát.",
    "Missing argument": "Thiếu tham số",
    "Missing option": "Thiếu tùy chọn",
    "Missing parameter": "Thiếu tham số",
    "Missing command.": "Thiếu tên lệnh.",
    "Missing parameter: {param_name}": "Thiếu tham số: {param_name}",
    "Missing {param_type}": "Thiếu {param_type}",
    "argument": "tham số",
    "No such command {name!r}.": "Không có lệnh {name!r}.",
    "No such option {name!r}.": "Không có tùy chọn {name!r}.",
    "Option {name!r} does not take a value.": "Tùy chọn {name!r} không nhận giá trị.",
    "Option {name!r} requires an argument.": "Tùy chọn {name!r} cần một giá trị.",
    "Invalid value for {param_hint}: {message}": "Giá trị không hợp lệ cho {param_hint}: {message}",
    "Invalid value: {message}": "Giá trị không hợp lệ: {message}",
    "Error: {message}": "Lỗi: {message}",
    "Try '{command} {option}' for help.": "Xem hướng dẫn: '{command} {option}'.",
    "Aborted!": "Đã dừng.",
    "{value!r} is not a valid {number_type}.": "{value!r} không phải là số hợp lệ.",
}

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
OUTPUT_IS_INPUT = ("tệp kết quả \"{path}\" chính là một sổ số liệu đầu vào: chọn tên khác, "
                   "sổ số liệu không bao giờ bị ghi đè")
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
