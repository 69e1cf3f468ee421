// Runs first in taskpane.html, before Office's script and the pane's bundle, and
// must parse as ES5 (a test checks it with acorn): Excel 2016 and 2019 bought
// once run add-ins in Internet Explorer 11 or EdgeHTML (Microsoft's table of
// webviews), where the pane's modern bundle cannot even parse and "Đang tải…"
// would stay forever. There it says, in Vietnamese and English, that this Excel
// is too old for the pane and what to use instead. The words are here, not in
// the pane's catalogue, because nothing else can load in those webviews.
(function () {
  var ua = window.navigator.userAgent || "";
  var old = !!document.documentMode || /Trident\/|MSIE /.test(ua) || /\bEdge\/\d/.test(ua);
  if (!old) return;
  window.tonghopOldWebview = true;
  var app = document.getElementById("app");
  if (!app) return;
  // The web page is served beside the pane (index.html): the same files, run in a modern browser.
  var page = window.location.href.replace(/[?#].*$/, "").replace(/[^\/]*$/, "index.html");
  var texts = [
    [
      "vi",
      "Excel này chạy ngăn tác vụ bằng trình duyệt cũ (Internet Explorer hoặc Edge bản cũ) nên không mở được tonghop. " +
        "Hãy mở trang web tonghop trong Chrome, Edge hoặc Firefox: " +
        page +
        " — hoặc dùng dòng lệnh tonghop (xem hướng dẫn cài đặt). " +
        "Ngăn tác vụ chạy được trong Microsoft 365, Office 2021 trở đi, hoặc Office 2016/2019 bản lẻ đã cài Microsoft Edge WebView2."
    ],
    [
      "en",
      "This Excel runs task panes in an old browser (Internet Explorer or the old Edge), which cannot open tonghop. " +
        "Open the tonghop web page in Chrome, Edge or Firefox: " +
        page +
        " — or use the tonghop command line (see its install guide). " +
        "The pane runs in Microsoft 365, Office 2021 and later, or retail Office 2016/2019 with Microsoft Edge WebView2 installed."
    ]
  ];
  var box = document.createElement("div");
  box.setAttribute("role", "alert");
  for (var i = 0; i < texts.length; i++) {
    var p = document.createElement("p");
    p.setAttribute("lang", texts[i][0]);
    p.appendChild(document.createTextNode(texts[i][1]));
    box.appendChild(p);
  }
  while (app.firstChild) app.removeChild(app.firstChild);
  app.appendChild(box);
  // office-wait.js must not replace this with "Office is slow".
  app.setAttribute("data-started", "");
})();
