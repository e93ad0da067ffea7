import { Button, ProgressBar, Radio, RadioGroup, Text } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { ScanScope } from "../../session/scan-workbook.js";
import type { Slice } from "../use-session.js";

export function ScanPanel({ s }: { s: Slice<"scan"> }) {
  const { t } = useTranslation();
  const scanning = s.busy === "scan";
  return (
    <section className="tm-section">
      <RadioGroup
        layout="horizontal"
        aria-label={t("scope.label")}
        value={s.scope}
        onChange={(_, d) => s.setScope(d.value as ScanScope)}
        disabled={!!s.busy}
      >
        <Radio value="sheet" label={t("scope.sheet")} />
        <Radio value="workbook" label={t("scope.workbook")} />
        <Radio value="selection" label={t("scope.selection")} />
      </RadioGroup>
      <div className="tm-row">
        <Button appearance="primary" data-testid="scan-button" disabled={!!s.busy} onClick={() => void s.runScan()}>
          {t("scan")}
        </Button>
        {scanning && (
          <Button data-testid="cancel-button" onClick={s.cancel}>
            {t("cancel")}
          </Button>
        )}
      </div>
      {s.progress && (
        <div data-testid="progress" data-done={s.progress.done} data-total={s.progress.total}>
          <ProgressBar value={s.progress.total ? s.progress.done / s.progress.total : 0} thickness="large" />
          <Text size={200}>
            {s.progress.step
              ? t(`apply.step.${s.progress.step}`)
              : s.progress.sheet
                ? t("scanning", { sheet: s.progress.sheet })
                : t("scan")}{" "}
            {Math.round((100 * s.progress.done) / Math.max(1, s.progress.total))}%
          </Text>
        </div>
      )}
    </section>
  );
}
