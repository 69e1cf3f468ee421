// Runs first in taskpane.html, before Office's script and the pane's bundle, and
// must parse as ES5 (a test checks it with acorn). The pane's scripts are ES2020
// and use WeakRef (README, "Which Excel runs the pane"): Safari 14.1, Chrome 84
// (WebView2) and later. Excel 2016 and 2019 bought once run add-ins in Internet
// Explorer 11 or EdgeHTML (Microsoft's table of webviews), and an old Mac or iPad
// in an old Safari, where the bundle cannot run and "Đang tải…" would stay
// forever. There this script says, in Vietnamese and English, that this Excel's
// webview is too old for the pane and what to use instead (the web page, linked;
// the command line); it says the same if the bundle fails to parse anyway. It
// also calls Office.onReady once Office's script has loaded: some hosts show an
// add-in's pane only after it has. The words are here, not in the pane's
// catalogue, because nothing else can load in those webviews.
(function () {
  var ua = window.navigator.userAgent || "";
  var ieOrEdgeHtml = !!document.documentMode || /Trident\/|MSIE /.test(ua) || /\bEdge\/\d/.test(ua);
  // WeakRef came with the last of the language the pane needs (ES2020: Safari 14, Chrome 80): without it, too old.
  var old = ieOrEdgeHtml || typeof window.WeakRef !== "function";

  // The web page is served beside the pane (index.html): the same files, run in a modern browser.
  var page = window.location.href.replace(/[?#].*$/, "").replace(/[^\/]*$/, "index.html");
  var texts = [
    [
      "vi",
      "Excel này chạy ngăn tác vụ bằng trình duyệt cũ (Internet Explorer, Edge bản cũ, hoặc Safari trước bản 14.1) nên không mở được tonghop. " +
        "Hãy mở trang web tonghop trong Chrome, Edge hoặc Firefox: ",
      " — hoặc dùng dòng lệnh tonghop (xem hướng dẫn cài đặt). " +
        "Ngăn tác vụ chạy được trong Microsoft 365, Office 2021 trở đi, Office 2016/2019 bản lẻ đã cài Microsoft Edge WebView2, và Excel trên máy Mac hoặc iPad đã cập nhật hệ điều hành."
    ],
    [
      "en",
      "This Excel runs task panes in an old browser (Internet Explorer, the old Edge, or Safari before 14.1), which cannot open tonghop. " +
        "Open the tonghop web page in Chrome, Edge or Firefox: ",
      " — or use the tonghop command line (see its install guide). " +
        "The pane runs in Microsoft 365, Office 2021 and later, retail Office 2016/2019 with Microsoft Edge WebView2 installed, and Excel on an up-to-date Mac or iPad."
    ]
  ];

  function say() {
    var app = document.getElementById("app");
    if (!app || app.getAttribute("data-old-webview") !== null) return;
    var box = document.createElement("div");
    box.setAttribute("role", "alert");
    for (var i = 0; i < texts.length; i++) {
      var p = document.createElement("p");
      p.setAttribute("lang", texts[i][0]);
      p.appendChild(document.createTextNode(texts[i][1]));
      var link = document.createElement("a");
      link.setAttribute("href", page);
      link.appendChild(document.createTextNode(page));
      p.appendChild(link);
      p.appendChild(document.createTextNode(texts[i][2]));
      box.appendChild(p);
    }
    while (app.firstChild) app.removeChild(app.firstChild);
    app.appendChild(box);
    // office-wait must not replace this with "Office is slow", nor the pane start over it.
    app.setAttribute("data-started", "");
    app.setAttribute("data-old-webview", "");
  }

  // Office's script comes after this one: once the page's scripts have run, tell Office the add-in is ready.
  function officeReady() {
    try {
      if (window.Office && typeof window.Office.onReady === "function") window.Office.onReady(function () {});
    } catch (e) {
      // An Office too old for onReady shows the pane anyway.
    }
  }

  if (old) {
    window.tonghopOldWebview = true;
    say();
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", officeReady);
    else officeReady();
    return;
  }

  // A webview that passes the check above but still cannot parse the pane's bundle: say so rather than wait.
  window.addEventListener("error", function (e) {
    var app = document.getElementById("app");
    var parse = /SyntaxError/.test(String((e && e.message) || "")) || (e && e.error && e.error.name === "SyntaxError");
    if (!parse || !app || app.getAttribute("data-started") !== null) return;
    say();
    officeReady();
  });
})();
