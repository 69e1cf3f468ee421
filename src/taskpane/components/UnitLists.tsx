// The roster's units nothing is counted for, each with why: those that sent something needing attention
// ("Đã nộp, cần xử lý", with the reason) and those that sent nothing ("Chưa nộp", with the CLI's near-miss
// hint); each list open when short enough to read at once.
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Summary } from "../../core/consolidate";
import { statusWord } from "../../core/i18n/status";
import { useStrings } from "./lang";

const useStyles = makeStyles({ list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" } });

function UnitList({
  head,
  units,
  separator,
}: {
  head: string;
  units: { key: string; name: string; note?: string }[];
  separator: string;
}) {
  const styles = useStyles();
  if (units.length === 0) return null;
  return (
    <details open={units.length <= 10}>
      <summary>{head}</summary>
      <ul className={styles.list}>
        {units.map((u) => (
          <li key={u.key}>
            <strong>{u.name}</strong>
            {u.note && (
              <>
                {separator}
                {u.note}
              </>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}

export function UnitLists({ summary }: { summary: Summary }) {
  const { lang } = useStrings();
  return (
    <>
      <UnitList
        head={`${statusWord("unresolved", lang, "short")} (${summary.unresolved.length})`}
        units={summary.unresolved.map((u) => ({ key: u.name, name: u.name, note: u.reason[lang] }))}
        separator=": "
      />
      <UnitList
        head={`${statusWord("missing", lang, "short")} (${summary.missing.length})`}
        units={summary.missing.map((m) => ({ key: m.code ?? m.name, name: m.name, note: m.note?.[lang] }))}
        separator=" — "
      />
    </>
  );
}
