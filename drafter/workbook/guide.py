"""The text of the `Hướng dẫn` sheet that `drafter init` writes: what each sheet and
column holds and the rules the validator applies, built from the schema so the
guide never describes a column that is not there. Plain text, no openpyxl."""
from __future__ import annotations

from . import schema as S

# Where the example values of `Thông tin` come from (writer.EXAMPLES).
EXAMPLE_SOURCE = "Báo cáo số 48-BC/TU ngày 10/3/2021 của Tỉnh ủy Kon Tum"

# What a column holds, for the guide, when the schema gives it no help text.
_KIND_TEXT = {
    S.COUNT: "số nguyên không âm; để trống là 0",
    S.NUMBER: "số",
    S.NUMBER_OR_KEY: "số, hoặc Mã của một chỉ tiêu khác trong sheet này",
}
# Meaning of the columns the schema leaves without help (checked against the
# schema by the tests, so a renamed column cannot be described here silently).
COLUMN_NOTES: dict[tuple[str, str], str] = {
    (S.THONG_TIN, "Mục"): "tên mục, giữ nguyên như mẫu (xem danh sách dưới đây)",
    (S.THONG_TIN, "Giá trị"): "giá trị của mục",
    (S.NOI_NHAN, "Nơi nhận"): "một nơi nhận mỗi dòng, ghi đúng như sẽ in, ví dụ “Ban Tổ chức Trung ương,”",
    (S.KHONG_HTNV, "Đối tượng"): "chọn tên một trong năm sheet xếp loại",
    (S.KHONG_HTNV, "Tên"): "tên tổ chức hoặc cá nhân không hoàn thành nhiệm vụ",
    (S.KHONG_HTNV, "Đơn vị"): "đơn vị, ghi đúng như cột Đơn vị của sheet xếp loại",
    (S.CAC_NAM_TRUOC, "Năm"): "năm của số liệu, bốn chữ số (ví dụ 2019)",
    (S.CAC_NAM_TRUOC, "Đối tượng"): "chọn tên một trong năm sheet xếp loại",
    (S.CAC_NAM_TRUOC, "Loại số liệu"): "các số của dòng là số lượng hay tỷ lệ %",
    (S.KY_LUAT, "Đơn vị"): "đảng bộ trực thuộc",
    (S.SO_LIEU, "Mã"): "tên ngắn để gọi trong câu văn: chữ, số và dấu _, không dấu cách, không trùng",
    (S.SO_LIEU, "Nội dung"): "chỉ tiêu là gì (để người đọc sổ hiểu)",
    (S.SO_LIEU, "Giá trị"): "số liệu kỳ này",
    (S.SO_LIEU, "Mẫu số"): "có Mẫu số thì chỉ tiêu là một tỷ lệ: Giá trị / Mẫu số",
    (S.SO_LIEU, "Kỳ trước"): "số liệu kỳ trước (tỷ lệ % nếu có Mẫu số), để so sánh tăng, giảm",
    (S.SO_LIEU, "Chỉ tiêu"): "chỉ tiêu được giao (tỷ lệ % nếu có Mẫu số), để so sánh đạt, vượt",
    (S.SO_LIEU, "Đơn vị tính"): "ví dụ: đảng viên, tổ chức, %",
    (S.NOI_DUNG, "Mục"): "mục của báo cáo mà đoạn văn thuộc về",
    (S.NOI_DUNG, "Đoạn văn"): "một đoạn văn mỗi dòng, theo thứ tự in",
    (S.CHU_THICH, "Mã"): "tên ngắn của chú thích: chữ, số và dấu _",
    (S.CHU_THICH, "Nội dung"): "nội dung chú thích cuối trang",
}


def _q(name: str) -> str:
    return f"“{name}”"


def guide_lines() -> list[tuple[str, str, str]]:
    """The guide as (style, term, text) rows; style is "title", "heading" or ""."""
    rating = " + ".join((*S.CATEGORIES, "Miễn đánh giá", "Chưa đánh giá"))
    subjects = ", ".join(_q(s) for s in S.SUBJECTS)
    keys = ", ".join(dict.fromkeys(s.key.header for s in S.SHEETS if s.key is not None))
    out: list[tuple[str, str, str]] = [
        ("title", "HƯỚNG DẪN NHẬP SỔ SỐ LIỆU", ""),
        ("", "", "Sổ này là đầu vào của drafter, chương trình soạn báo cáo (.docx) từ số liệu. Mỗi sheet "
                 "chứa một loại thông tin. drafter tìm sheet theo tên và tìm cột theo tiêu đề ở dòng 1, "
                 "nên không đổi tên sheet, không sửa tiêu đề cột; thứ tự các cột thì có thể đổi. Số liệu "
                 "nhập từ dòng 2 trở xuống. drafter không đọc sheet Hướng dẫn này; có thể xóa."),

        ("heading", "Các lệnh", ""),
        ("", "drafter validate so-lieu.xlsx",
         "Kiểm tra sổ và liệt kê mọi lỗi, cảnh báo, mỗi dòng dạng: mức · sheet · ô · nội dung. "
         "Lỗi phải sửa; cảnh báo nên xem lại. Chạy lệnh này sau mỗi lần nhập xong."),
        ("", "drafter build so-lieu.xlsx",
         "Tạo báo cáo .docx. Mặc định ghi vào thư mục out, tên tệp theo Số ký hiệu và Năm đánh giá; "
         "-o ten-bao-cao.docx để chọn tên khác; --nam-truoc so-lieu-nam-truoc.xlsx để so sánh với sổ "
         "năm trước; --pdf để tạo thêm bản PDF. Sổ còn lỗi thì không tạo báo cáo."),
        ("", "drafter init so-lieu.xlsx",
         "Tạo một sổ trống như sổ này (thêm --force để ghi đè tệp đã có)."),

        ("heading", "Quy tắc chung", ""),
        ("", "Dòng tiêu đề", "Dòng 1 của mỗi sheet là tiêu đề cột (tô xanh, cố định khi cuộn). Đưa chuột vào "
                             "tiêu đề để xem ghi chú của cột."),
        ("", "Cột khóa", f"Mỗi sheet có một cột khóa ({keys}; ghi ở từng sheet dưới đây). "
                         "Dòng để trống ô khóa bị bỏ qua; dòng có số liệu mà thiếu ô khóa là lỗi. "
                         "Không gộp ô (merge) ở cột khóa."),
        ("", "Số lượng", "Ô số lượng là số nguyên không âm; để trống là 0. Gõ 1149, không gõ 1.149 "
                         "(máy cài kiểu số tiếng Anh hiểu 1.149 là số thập phân)."),
        ("", "Danh sách chọn", "Ô có mũi tên ở góc là ô chọn trong danh sách: bấm mũi tên để chọn, "
                               "không tự gõ giá trị khác."),
        ("", "Công thức", "Có thể dùng công thức. Nếu tệp do chương trình khác tạo ra, hãy mở bằng Excel "
                          "hoặc LibreOffice Calc rồi lưu lại trước khi chạy drafter."),
        ("", "Sheet, cột lạ", "Sheet hoặc cột không có trong mẫu bị bỏ qua và được cảnh báo (để phát hiện "
                              "gõ sai tên). Sheet không dùng đến có thể xóa (trừ sheet Thông tin)."),
        ("", "Màu ô trong Thông tin",
         f"Mục in đậm là bắt buộc. Ô Giá trị tô màu cam là giá trị ví dụ, lấy từ {EXAMPLE_SOURCE}: "
         "phải ghi đè bằng thông tin văn bản của mình (drafter không phân biệt được ví dụ với giá trị "
         "thật). Ô tô màu xanh lá là giá trị mặc định, có thể giữ nguyên."),
    ]

    common = [c for c in S.RATING_SHEETS[0].columns
              if all(c.header in {x.header for x in r.columns} for r in S.RATING_SHEETS)]
    for spec in S.SHEETS:
        rating_sheet = spec.name in S.SUBJECTS
        if spec.name == S.SUBJECTS[0]:
            out.append(("heading", "Năm sheet xếp loại chất lượng", ""))
            out.append(("", "Gồm", ", ".join(_q(s) for s in S.SUBJECTS) + ". Các sheet có chung các cột dưới đây, "
                        "mỗi dòng một đơn vị. Sheet nào không dùng thì xóa đi; để trống thì drafter nhắc bằng "
                        "một cảnh báo."))
            out.append(("", "Cột khóa", f"{common[0].header}: dòng để trống ô này bị bỏ qua."))
            for rule in _rating_rules(rating):
                out.append(("", "Quy tắc", rule))
            for col in common:
                out.append(("", f"Cột {col.header}", _column_text(spec, col)))
        status = "bắt buộc" if spec.required else "nên có" if spec.name == S.NOI_NHAN else "không bắt buộc"
        out.append(("heading", f"Sheet {_q(spec.name)} ({status})", ""))
        out.append(("", "Dùng để", spec.help))
        key = spec.key
        if key is not None and not rating_sheet:
            out.append(("", "Cột khóa", f"{key.header}: dòng để trống ô này bị bỏ qua."))
        for rule in _sheet_rules(spec, subjects):
            out.append(("", "Quy tắc", rule))
        for col in spec.columns:
            if rating_sheet and col in common:
                continue
            out.append(("", f"Cột {col.header}", _column_text(spec, col)))
        if rating_sheet:
            own = any(col not in common for col in spec.columns)
            out.append(("", "Các cột khác" if own else "Các cột",
                        "Như phần “Năm sheet xếp loại chất lượng” ở trên."))
        if spec.name == S.THONG_TIN:
            for item, required, hint in S.INFO_ITEMS:
                text = ("Bắt buộc. " if required else "Không bắt buộc. ") + hint
                out.append(("", f"Mục {item}", text))

    out += [
        ("heading", "Chèn số liệu, chú thích vào câu văn", ""),
        ("", "", "Trong mọi ô chữ (Nội dung, Căn cứ, Trích yếu, Ghi chú, Chú thích, …) có thể viết các "
                 f"ký hiệu dưới đây; ma là Mã của một dòng trong sheet {_q(S.SO_LIEU)} hoặc "
                 f"{_q(S.CHU_THICH)}. Mã không có là lỗi, drafter chỉ rõ ô. Nội dung ô chỉ là chữ, "
                 "không bao giờ được chạy như lệnh."),
        ("", "{ma}", f"Giá trị của chỉ tiêu ma (sheet {_q(S.SO_LIEU)}), viết theo cách viết số của "
                     "báo cáo, ví dụ 1.149."),
        ("", "{ma.tyle}", "Tỷ lệ Giá trị / Mẫu số của chỉ tiêu ma, ví dụ 588/756 → 77,78%."),
        ("", "{ma.kytruoc}", "So sánh với Kỳ trước: tỷ lệ thì tăng, giảm theo điểm phần trăm (77,78% so với "
                             "39,63% → tăng 38,15%); số thì tăng, giảm theo phần trăm (698 → 665: giảm 4,73%)."),
        ("", "{ma.chitieu}", "So sánh với Chỉ tiêu: tỷ lệ thì vượt hoặc chưa đạt bao nhiêu điểm phần trăm "
                             "(77,78% so với 70% → vượt 7,78%); số thì đạt bao nhiêu phần trăm chỉ tiêu "
                             "(6.225 so với 5.000 → đạt 124,50%)."),
        ("", "{ky_luat}", f"Cụm kết quả thi hành kỷ luật, cộng từ sheet {_q(S.KY_LUAT)}: “29 tổ chức đảng "
                          "(khiển trách: 26, cảnh cáo: 03) và 1.090 đảng viên (khiển trách: 789, …)”."),
        ("", "[^ma]", f"Chú thích cuối trang, nội dung lấy ở dòng có Mã ma của sheet {_q(S.CHU_THICH)}."),
        ("", "{{ và }}", "Viết ra dấu ngoặc nhọn { và } thật."),

        ("heading", "Cách viết số trong báo cáo", ""),
        ("", "", "Hàng nghìn phân cách bằng dấu chấm, phần thập phân bằng dấu phẩy: 1.149; 17,30%. "
                 "Tỷ lệ làm tròn theo Số thập phân (mặc định 2 chữ số). Số dưới 10 viết 01…09 trong câu văn "
                 "khi Thêm số 0 là Có. Mức tăng, giảm giữa hai năm tính từ các tỷ lệ đã in, nên người đọc "
                 "tự tính lại được."),
    ]
    return out


def _column_text(spec: S.Sheet, col: S.Column) -> str:
    text = col.help or COLUMN_NOTES.get((spec.name, col.header), "")
    kind = _KIND_TEXT.get(col.kind, "")
    if spec.name == S.CAC_NAM_TRUOC and col.header in S.CATEGORY_NAMES:
        text = S.CATEGORY_NAMES[col.header]
        kind = "số lượng, hoặc tỷ lệ % như đã công bố"
    elif spec.name == S.KY_LUAT and col.kind == S.COUNT and " - " in col.header:
        who, penalty = col.header.split(" - ", 1)
        text = f"số {who.lower()} bị {penalty.lower()}"
    elif col.header in (S.DANG_BO_CO_SO, S.CHI_BO_CO_SO):
        kind = "số nguyên không âm; không bắt buộc, để trống nếu không tách"
    elif col.kind == S.CHOICE:
        kind = "" if "chọn" in text else "chọn trong danh sách: " + ", ".join(col.choices)
    sentence = "; ".join(p for p in (text, kind) if p)
    return sentence[:1].upper() + sentence[1:] + "."


def _rating_rules(rating: str) -> list[str]:
    rated = " + ".join(S.CATEGORIES)
    return [f"Tổng số = {rating}; lệch là lỗi.",
            "Số hoàn thành xuất sắc nhiệm vụ (HTXSNV) của mỗi đơn vị không quá 20% số hoàn thành tốt "
            "nhiệm vụ (HTTNV), theo Quy định 124-QĐ/TW; vượt thì drafter cảnh báo.",
            "Mỗi đơn vị chỉ ghi một dòng trong mỗi sheet. Đơn vị có Tổng số mà chưa xếp loại ai thì ghi "
            "Lý do chưa đánh giá.",
            f"Tỷ lệ từng loại tính trên số đã xếp loại ({rated}); “đạt …%” là số đã xếp loại chia Tổng số; "
            "tỷ lệ miễn đánh giá, chưa đánh giá tính trên Tổng số."]


def _sheet_rules(spec: S.Sheet, subjects: str) -> list[str]:
    name = spec.name
    if name == S.THONG_TIN:
        return ["Hai cột: Mục và Giá trị, mỗi dòng một mục. Giữ nguyên tên các mục; mục bắt buộc "
                "(in đậm) phải có giá trị. Ngày ban hành nhập kiểu ngày hoặc chữ dạng ngày/tháng/năm."]
    if name == S.NOI_NHAN:
        return ["Không có sheet này thì khối nơi nhận của báo cáo để trống. Dòng cuối thường là "
                "“Lưu Văn phòng Tỉnh ủy.”."]
    if name == S.TCCSD:
        return [f"Nếu ghi {S.DANG_BO_CO_SO} và {S.CHI_BO_CO_SO} thì hai số cộng lại phải bằng Tổng số."]
    if name in S.LEADERSHIP:
        return ["Ghi Cấp cho từng dòng để báo cáo nhóm theo cấp: " + ", ".join(S.LEVELS) + "."]
    if name == S.KHONG_HTNV:
        return [f"Mỗi dòng một tổ chức hoặc cá nhân. Đối tượng là một trong: {subjects}. Số tên của mỗi "
                "đơn vị nên bằng số KHTNV của đơn vị đó ở sheet xếp loại (lệch thì cảnh báo); báo cáo "
                "nêu tên trong chú thích."]
    if name == S.CAC_NAM_TRUOC:
        kinds = " hoặc ".join(S.HISTORY_KINDS)
        return [f"Mỗi dòng một năm, một đối tượng, một loại số liệu ({kinds}).",
                f"Loại {S.HISTORY_KINDS[1]}: gõ tỷ lệ đúng như đã công bố, ví dụ 17,30 hoặc 17,30%; bốn tỷ lệ "
                "cộng lại phải bằng 100 (cho phép sai 0,1). Loại Số lượng: gõ số nguyên.",
                "Dùng cho các câu “tăng/giảm … so với năm …” và phụ lục so sánh nhiều năm. Có thể đưa cả "
                "sổ năm trước vào lệnh build bằng --nam-truoc."]
    if name == S.KY_LUAT:
        return ["Mỗi dòng một đơn vị, mỗi đơn vị một dòng: số tổ chức đảng và số đảng viên bị thi hành "
                "kỷ luật theo từng hình thức. Dùng cho câu “thi hành kỷ luật … tổ chức đảng (khiển trách: …) "
                "và … đảng viên (…)” và phụ lục."]
    if name == S.SO_LIEU:
        return ["Mã gồm chữ, số và dấu _, không trùng nhau; gọi trong câu văn bằng {ma}, {ma.tyle}, "
                "{ma.kytruoc}, {ma.chitieu} (xem phần cuối hướng dẫn).",
                "Có Mẫu số thì chỉ tiêu là tỷ lệ (Giá trị / Mẫu số), và Kỳ trước, Chỉ tiêu ghi tỷ lệ %. "
                "Không có Mẫu số thì Kỳ trước, Chỉ tiêu là số cùng loại với Giá trị."]
    if name == S.NOI_DUNG:
        sections = ", ".join(S.STANDARD_SECTIONS)
        return ["Mỗi dòng một đoạn văn của mục, theo thứ tự. Đoạn bắt đầu bằng “- ” hoặc “+ ” là ý gạch "
                "đầu dòng.",
                f"Báo cáo xếp loại chất lượng (mẫu xep-loai-chat-luong) dùng các mục: {sections}. Mục không "
                "có đoạn nào thì được bỏ qua và số thứ tự tự đánh lại.",
                "Mẫu tong-hop lấy toàn bộ thân báo cáo từ sheet này: mỗi Mục là một đề mục, theo thứ tự "
                "xuất hiện; dấu “ > ” tạo đề mục con, ví dụ “Kết quả đạt được > Công tác kiểm tra”. "
                "Đề mục tự đánh số I., 1., 1.1., a)."]
    if name == S.CHU_THICH:
        return ["Mỗi dòng một chú thích; gọi trong câu văn bằng [^ma]. Chú thích không chứa chú thích khác."]
    return []
