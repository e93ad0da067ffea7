import { Button, Field, Input, Subtitle2 } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { download } from "../download.js";
import type { Slice } from "../use-session.js";

/** Who is working, and the change log's exports. */
export function LogPanel({
  s,
  actor,
  onActor,
  file,
}: {
  s: Slice<"log">;
  actor: string;
  onActor: (a: string) => void;
  file: string;
}) {
  const { t } = useTranslation();
  const base = file.replace(/\.[^.]+$/, "") || "workbook";
  const save = async (format: "jsonl" | "csv") => {
    const text = await s.exportLog(format);
    if (text !== null)
      download(
        `${base}.脱敏记录.${format}`,
        format === "csv" ? "\ufeff" + text : text,
        format === "csv" ? "text/csv" : "application/jsonl",
      );
  };
  return (
    <section className="tm-section">
      <Subtitle2>{t("log.title")}</Subtitle2>
      <Field label={t("log.actor")}>
        <Input value={actor} onChange={(_, d) => onActor(d.value)} />
      </Field>
      <div className="tm-row">
        <Button data-testid="export-log-button" onClick={() => void save("jsonl")}>
          {t("log.export")}
        </Button>
        <Button data-testid="export-csv-button" onClick={() => void save("csv")}>
          {t("log.exportCsv")}
        </Button>
      </div>
    </section>
  );
}
