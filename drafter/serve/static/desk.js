// The desk's only script, and it is optional: every page works without it.
// It adds: drop a file on the upload box; submit as soon as a file is chosen;
// a "working…" state on long buttons; previews fetched after the report page shows.
(function () {
  "use strict";

  function busy(form) {
    var button = form.querySelector("button[type=submit]");
    if (button) {
      button.disabled = true;
      if (form.dataset.dangLam) { button.textContent = form.dataset.dangLam; }
    }
    var note = form.querySelector(".dang-tai");
    if (note) { note.hidden = false; }
  }

  document.querySelectorAll("form").forEach(function (form) {
    form.addEventListener("submit", function () { busy(form); });
  });

  document.querySelectorAll("[data-tha-tep]").forEach(function (form) {
    var input = form.querySelector("input[type=file]");
    input.addEventListener("change", function () {
      if (input.files.length) { busy(form); form.submit(); }
    });
    ["dragenter", "dragover"].forEach(function (name) {
      form.addEventListener(name, function (event) {
        event.preventDefault();
        form.classList.add("dang-keo");
      });
    });
    ["dragleave", "drop"].forEach(function (name) {
      form.addEventListener(name, function () { form.classList.remove("dang-keo"); });
    });
    form.addEventListener("drop", function (event) {
      event.preventDefault();
      if (!event.dataTransfer || !event.dataTransfer.files.length) { return; }
      input.files = event.dataTransfer.files;
      busy(form);
      form.submit();
    });
  });

  document.querySelectorAll("[data-xem-truoc]").forEach(function (box) {
    fetch(box.dataset.xemTruoc, { credentials: "same-origin" })
      .then(function (answer) { return answer.text(); })
      .then(function (html) { box.outerHTML = html; })
      .catch(function () {
        box.innerHTML = "<p>Chưa tạo được ảnh các trang. Tải lại trang (phím F5) để thử lại.</p>";
      });
  });
})();
