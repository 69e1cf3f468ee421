// The task pane's entry. For now it says what it will do; the three jobs
// (Mẫu báo cáo, Kiểm tra số liệu, Tổng hợp) arrive with the add-in issue.
const JOBS = [
  "Mẫu báo cáo: chèn các trang đề cương báo cáo vào sổ tính.",
  "Kiểm tra số liệu: kiểm tra các số đã nhập trước khi nộp.",
  "Tổng hợp: tổng hợp báo cáo của các đơn vị thành một báo cáo.",
];

function render(inOffice: boolean): void {
  const status = document.getElementById("status");
  if (!status) return;
  status.textContent = inOffice
    ? "Đã kết nối với Excel. Các chức năng sắp có:"
    : "Đang mở ngoài Excel. Các chức năng sắp có:";
  const list = document.createElement("ul");
  for (const job of JOBS) {
    const li = document.createElement("li");
    li.textContent = job;
    list.appendChild(li);
  }
  status.after(list);
}

if (typeof Office !== "undefined") {
  void Office.onReady((info) => render(info.host === Office.HostType.Excel));
} else {
  render(false);
}
