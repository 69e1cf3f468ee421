// Which template the report is made from: a built-in one, or one of the user's own (made from an outline, or
// opened from a file), kept until the user removes it. The user's own can be downloaded — as JSON, or as the
// definition workbook to edit in Excel — and opened again, so a commune makes its report again with the same
// template identity the province's consolidation expects. A removal can be undone.
import { Button, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { builtInTemplates, type Template } from "../../core/templates";
import type { Host } from "../host/types";
import { FileButton } from "./FileButton";
import { useStrings } from "./lang";
import { AskingStatus, type AskingMessage } from "./Status";
import type { KeptTemplatesState } from "./use-kept-templates";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** What the template files module offers, loaded when first needed (its own chunk). */
const files = () => import(/* webpackChunkName: "template-files" */ "../template-files");

export function TemplateChoice({
  host,
  kept,
  template,
  onChoose,
}: {
  host: Host;
  kept: KeptTemplatesState;
  /** The template chosen now. */
  template: Template;
  onChoose: (id: string) => void;
}) {
  const { s, t, lang } = useStrings();
  const styles = useStyles();
  const [message, setMessage] = useState<AskingMessage | null>(null);
  const [removed, setRemoved] = useState<Template | null>(null);
  const own = kept.templates.some((x) => x === template);
  const listed = [...kept.templates, ...builtInTemplates().filter((b) => !kept.templates.some((x) => x.id === b.id))];

  async function download(kind: "json" | "xlsx") {
    try {
      const f = await (await files()).templateFile(template, kind);
      const saved = host.saveFile(f.bytes, f.name, f.type);
      setMessage(
        saved.ok
          ? { intent: "success", text: t("downloaded", { file: saved.file }) }
          : { intent: "warning", text: t(saved.why), ...(saved.openWebPage ? { openWebPage: saved.openWebPage } : {}) },
      );
    } catch (e) {
      setMessage({ intent: "error", text: t("failed", { message: (e as Error).message }) });
    }
  }

  async function open(file: File) {
    setRemoved(null);
    const opened = (await files()).openTemplateFile(new Uint8Array(await file.arrayBuffer()));
    if (!opened.ok) {
      setMessage({
        intent: "error",
        text: t("templateFileBad", { file: file.name, problems: opened.problems.map((p) => p[lang]).join(" ") }),
      });
      return;
    }
    kept.keep(opened.template);
    onChoose(opened.template.id);
    setMessage({ intent: "success", text: t("templateOpened", { name: opened.template.name[lang], file: file.name }) });
  }

  function remove() {
    kept.remove(template.id);
    setRemoved(template);
    setMessage(null);
    onChoose(builtInTemplates()[0].id);
  }

  return (
    <div className={styles.root}>
      <Field label={s.template}>
        <Select value={template.id} onChange={(_, d) => (onChoose(d.value), setMessage(null))}>
          {listed.map((x) => (
            <option key={x.id} value={x.id}>
              {kept.templates.includes(x) ? t("ownTemplate", { name: x.name[lang] }) : x.name[lang]}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <FileButton label={s.openTemplate} accept=".json,.xlsx" onFiles={(f) => void open(f[0])} />
        {own && (
          <>
            <Button onClick={() => void download("json")}>{s.downloadTemplateJson}</Button>
            <Button onClick={() => void download("xlsx")}>{s.downloadTemplateXlsx}</Button>
            <Button onClick={remove}>{s.removeTemplate}</Button>
          </>
        )}
      </div>
      {removed && (
        <AskingStatus
          message={{
            intent: "info",
            text: t("templateRemoved", { name: removed.name[lang] }),
            confirm: "undo",
            cancel: "close",
          }}
          onConfirm={() => {
            kept.keep(removed);
            onChoose(removed.id);
            setRemoved(null);
          }}
          onCancel={() => setRemoved(null)}
        />
      )}
      {message && <AskingStatus message={message} onCancel={() => setMessage(null)} />}
    </div>
  );
}
