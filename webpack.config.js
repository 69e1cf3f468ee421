// Bundles the task pane and the ribbon commands for Office (and for a plain
// browser). The manifest is copied into dist/ with its URLs pointing at the
// built files; set ADDIN_URL=https://your.host/path/ for a production build.
// Scripts are named by their content hash (taskpane.<hash>.js…), so a server may
// let browsers keep them for a year; the pages (html), the manifest and the icons
// keep their names and are revalidated (scripts/serve-web.js does both). Every
// script is ES2020 (test/build/manifest.test.ts parses them): the webviews the
// README promises; the few dependencies published in newer syntax are compiled
// down to it (TRANSPILED).
const path = require("node:path");
const fs = require("node:fs");
const zlib = require("node:zlib");
const { promisify } = require("node:util");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const DEV_URL = "https://localhost:3000/";
// Office's own script: add-ins must load it from Microsoft. Only the pages Excel opens get it (and its origin in
// their Content-Security-Policy); the web page (index.html) loads nothing from outside.
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** The language level of every script the build makes (README, "Which Excel runs the pane"). */
const TARGET = "ES2020";
/** Dependencies published in syntax newer than TARGET: tabster (Fluent UI's focus manager) uses `??=` and `static {}`. */
const TRANSPILED = /[\\/]node_modules[\\/]tabster[\\/]/;
/** Content hash in script names: a new build never meets an old script in a browser's cache. */
const HASHED = "[name].[contenthash:16].js";

/**
 * favicon.ico from the 16 and 32 pixel icons: an ICO file whose images are PNGs (read by every browser
 * since Internet Explorer 11's time; Windows Vista's format).
 */
function favicon(pngs) {
  const header = Buffer.alloc(6 + 16 * pngs.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // icon
  header.writeUInt16LE(pngs.length, 4);
  let offset = header.length;
  pngs.forEach(({ size, data }, i) => {
    const e = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, e);
    header.writeUInt8(size >= 256 ? 0 : size, e + 1);
    header.writeUInt16LE(1, e + 4); // colour planes
    header.writeUInt16LE(32, e + 6); // bits per pixel
    header.writeUInt32LE(data.length, e + 8);
    header.writeUInt32LE(offset, e + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...pngs.map((p) => p.data)]);
}

/** The built file of a named entry (taskpane.html needs office-wait's and the worker's hashed names). */
function entryFile(compilation, name) {
  const chunk = compilation.namedChunks.get(name);
  const file = chunk && [...chunk.files].find((f) => f.endsWith(".js"));
  if (!file) throw new Error(`no built file for entry ${name}`);
  return file;
}

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
          const icon = (size) => ({
            size,
            data: fs.readFileSync(path.resolve(__dirname, "assets", `icon-${size}.png`)),
          });
          compilation.emitAsset("favicon.ico", new compiler.webpack.sources.RawSource(favicon([icon(16), icon(32)])));
        },
      );
    });
  }
}

/** Text files worth compressing, from this size (bytes) on. */
const COMPRESSED = { test: /\.(js|html|xml|json|css|txt)$/, minBytes: 1024 };
const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/**
 * Writes file.br (brotli, best) and file.gz (gzip, best) beside each text file, made once at build time with
 * Node's zlib: scripts/serve-web.js sends them to browsers that accept them, and a static web server can too
 * (nginx gzip_static/brotli_static; README, "Deploying").
 */
class PrecompressPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("PrecompressPlugin", (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        { name: "PrecompressPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER },
        async (assets) => {
          const { RawSource } = compiler.webpack.sources;
          await Promise.all(
            Object.keys(assets)
              .filter((name) => COMPRESSED.test.test(name))
              .map(async (name) => {
                const raw = compilation.getAsset(name).source.buffer();
                if (raw.length < COMPRESSED.minBytes) return;
                const params = {
                  [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
                  [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
                };
                compilation.emitAsset(`${name}.br`, new RawSource(await brotli(raw, { params })));
                compilation.emitAsset(`${name}.gz`, new RawSource(await gzip(raw, { level: 9 })));
              }),
          );
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
    // Parses unit files off the UI thread; the pane loads it by the name its page gives (data-worker).
    // Its SheetJS chunk (.xls/.ods, loaded on demand) comes through importScripts.
    worker: { import: "./src/worker/parse.worker.ts", chunkLoading: "import-scripts" },
  },
  output: { path: path.resolve(__dirname, "dist"), filename: HASHED, chunkFilename: HASHED, clean: true },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: {
          loader: "ts-loader",
          options: { transpileOnly: true, compilerOptions: { module: "esnext", target: TARGET } },
        },
      },
      {
        test: /\.m?js$/,
        include: TRANSPILED,
        use: {
          loader: "ts-loader",
          options: {
            instance: "dependencies",
            transpileOnly: true,
            compilerOptions: { allowJs: true, module: "esnext", target: TARGET, useDefineForClassFields: true },
          },
        },
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
          templateParameters: (compilation) => ({
            officeJs,
            officeWait: entryFile(compilation, "office-wait"),
            worker: entryFile(compilation, "worker"),
          }),
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
    ...(argv.mode === "development" ? [] : [new PrecompressPlugin()]),
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
