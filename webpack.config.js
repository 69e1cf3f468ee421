// Bundles the task pane and the ribbon commands for Office (and for a plain
// browser). The manifest is copied into dist/ with its URLs pointing at the
// built files; set ADDIN_URL=https://your.host/path/ for a production build.
const path = require("node:path");
const fs = require("node:fs");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const DEV_URL = "https://localhost:3000/";
// Office's own script: add-ins must load it from Microsoft. Only the pages Excel opens get it (and its origin in
// their Content-Security-Policy); the web page (index.html) loads nothing from outside.
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

class ManifestPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("ManifestPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "ManifestPlugin", stage: compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const url = process.env.ADDIN_URL || DEV_URL;
          if (!/^https:\/\/.+\/$/.test(url)) throw new Error(`ADDIN_URL must be an https URL ending in "/": ${url}`);
          const xml = fs.readFileSync(path.resolve(__dirname, "manifest.xml"), "utf8").split(DEV_URL).join(url);
          compilation.emitAsset("manifest.xml", new compiler.webpack.sources.RawSource(xml));
          // Plain ES5, copied as it is (not bundled): it must parse in Internet Explorer.
          const oldWebview = fs.readFileSync(path.resolve(__dirname, "src/taskpane/old-webview.js"));
          compilation.emitAsset("old-webview.js", new compiler.webpack.sources.RawSource(oldWebview));
          for (const icon of fs.readdirSync(path.resolve(__dirname, "assets"))) {
            compilation.emitAsset(
              `assets/${icon}`,
              new compiler.webpack.sources.RawSource(fs.readFileSync(path.resolve(__dirname, "assets", icon))),
            );
          }
        },
      );
    });
  }
}

module.exports = (_env, argv) => ({
  mode: argv.mode || "production",
  target: "web",
  devtool: argv.mode === "development" ? "source-map" : false,
  entry: {
    // One bundle for both pages: taskpane.html (Excel) and index.html (the web page).
    taskpane: "./src/taskpane/index.tsx",
    // Loaded by taskpane.html before office.js: says why when Office does not come.
    "office-wait": "./src/taskpane/office-wait.ts",
    commands: "./src/commands/commands.ts",
    // Parses unit files off the UI thread; the pane loads it as dist/worker.js.
    // Its SheetJS chunk (.xls/.ods, loaded on demand) comes through importScripts.
    worker: { import: "./src/worker/parse.worker.ts", filename: "worker.js", chunkLoading: "import-scripts" },
  },
  output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", clean: true },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext" } } },
      },
    ],
  },
  plugins: [
    // One page template, two pages: in Excel (with office.js) and on the web (without).
    ...[
      ["taskpane.html", OFFICE_JS],
      ["index.html", null],
    ].map(
      ([filename, officeJs]) =>
        new HtmlWebpackPlugin({
          filename,
          template: "./src/taskpane/pane.html",
          templateParameters: { officeJs },
          chunks: ["taskpane"],
        }),
    ),
    new HtmlWebpackPlugin({
      filename: "commands.html",
      template: "./src/commands/commands.html",
      templateParameters: { officeJs: OFFICE_JS },
      chunks: ["commands"],
    }),
    new ManifestPlugin(),
  ],
  performance: { hints: false },
  devServer: {
    static: { directory: path.resolve(__dirname, "dist") },
    // This machine only: nothing is served to the network.
    host: "localhost",
    port: 3000,
    headers: { "Access-Control-Allow-Origin": "*" },
  },
});
