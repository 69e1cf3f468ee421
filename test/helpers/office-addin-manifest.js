// office-addin-mock imports office-addin-manifest only for this enum; the real
// package pulls ES modules jest cannot load (see shared/toolchain.md).
module.exports = {
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
};
