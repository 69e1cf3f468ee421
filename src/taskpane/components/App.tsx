// The pane: three jobs as tabs, Vietnamese first. Works the same inside Excel
// and in a plain browser; the Host decides where things are written. The ribbon
// button that opened the pane (or is clicked while it is open) chooses the tab
// (`ribbon`, src/taskpane/ribbon-job.ts); while Excel holds a request until the
// user leaves a cell, a line says so (Host.onCellEditWait).
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Host } from "../host/types";
import { strings, type Lang } from "../i18n";
import type { RibbonJobs } from "../ribbon-job";
import { LangContext } from "./lang";
import { ConsolidatePanel } from "./ConsolidatePanel";
import { InsertPanel } from "./InsertPanel";
import { ValidatePanel } from "./ValidatePanel";

export type Job = "insert" | "validate" | "consolidate";

const useStyles = makeStyles({
  root: {
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    maxWidth: "960px",
    boxSizing: "border-box",
    width: "100%",
  },
  // Three tabs on one line at 320 px (Excel's pane): narrow padding instead of wrapping.
  tabs: { flexWrap: "nowrap", "& .fui-Tab": { paddingLeft: "4px", paddingRight: "4px", minWidth: 0 } },
  // Inputs and selects fill the pane (320 px in Excel) instead of their own width.
  panel: { "& .fui-Select, & .fui-Input, & .fui-Select__select": { width: "100%", maxWidth: "100%", minWidth: 0 } },
});

export function App({
  host,
  lang,
  initialJob,
  ribbon,
}: {
  host: Host;
  lang: Lang;
  initialJob?: Job;
  /** The tab the page's address (the ribbon button) asks for, now and later. */
  ribbon?: RibbonJobs;
}) {
  const [job, setJob] = useState<Job>(initialJob ?? ribbon?.initial ?? "insert");
  const [cellEdit, setCellEdit] = useState(false);
  const s = strings(lang);
  const styles = useStyles();
  useEffect(() => ribbon?.listen(setJob), [ribbon]);
  useEffect(() => host.onCellEditWait?.(setCellEdit), [host]);
  return (
    <LangContext.Provider value={lang}>
      <FluentProvider theme={webLightTheme} lang={lang}>
        <main className={styles.root}>
          <Title3 as="h1">{s.appTitle}</Title3>
          {host.labels.banner && (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>{s[host.labels.banner]}</MessageBarBody>
            </MessageBar>
          )}
          {host.notes.map((n) => (
            <MessageBar key={n.en} intent="warning" layout="multiline">
              <MessageBarBody>{n[lang]}</MessageBarBody>
            </MessageBar>
          ))}
          <div role="status">
            {cellEdit && (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>{s.excelWaitsForCellEdit}</MessageBarBody>
              </MessageBar>
            )}
          </div>
          <TabList
            className={styles.tabs}
            size="small"
            selectedValue={job}
            onTabSelect={(_, d) => {
              setJob(d.value as Job);
              ribbon?.shown(d.value as Job);
            }}
            aria-label={s.appTitle}
          >
            <Tab value="insert">{s.tabInsert}</Tab>
            <Tab value="validate">{s.tabValidate}</Tab>
            <Tab value="consolidate">{s.tabConsolidate}</Tab>
          </TabList>
          {/* Every panel stays mounted, only hidden: switching tabs loses no file, field or result. */}
          <section className={styles.panel} role="tabpanel" aria-label={s.tabInsert} hidden={job !== "insert"}>
            <InsertPanel host={host} />
          </section>
          <section className={styles.panel} role="tabpanel" aria-label={s.tabValidate} hidden={job !== "validate"}>
            <ValidatePanel host={host} />
          </section>
          <section
            className={styles.panel}
            role="tabpanel"
            aria-label={s.tabConsolidate}
            hidden={job !== "consolidate"}
          >
            <ConsolidatePanel host={host} />
          </section>
        </main>
      </FluentProvider>
    </LangContext.Provider>
  );
}
