import { useMemo, useState } from "react";
import { I18nextProvider, useTranslation } from "react-i18next";
import { FindingGroups } from "./components/FindingGroups";
import { usePanel } from "./components/use-panel";
import { createI18n, type Lang } from "./lib/i18n";
import { PANEL_CSS } from "./components/panel-css";

function Panel({ onLang }: { onLang: () => void }) {
  const { t } = useTranslation();
  const p = usePanel();
  const s = p.status;
  return (
    <main>
      <style>{PANEL_CSS}</style>
      <header>
        <h1>{t("product")}</h1>
        <button type="button" className="subtle" data-testid="language-button" onClick={onLang}>
          {t("language")}
        </button>
      </header>
      <section>
        {s && (
          <p className="page" title={s.url}>
            {s.title || s.url}
          </p>
        )}
        <div className="row">
          <button
            type="button"
            className="primary"
            data-testid="scan-button"
            disabled={p.busy || !p.tabId}
            onClick={() => void p.scan()}
          >
            {p.busy && !s ? t("scanning") : t("scan")}
          </button>
          {s && (
            <label className="switch">
              <input
                type="checkbox"
                data-testid="highlight-toggle"
                checked={p.highlighted}
                onChange={(e) => void p.highlight(e.target.checked)}
              />{" "}
              {t("highlight")}
            </label>
          )}
        </div>
        {p.notice && (
          <p className={`notice ${p.notice.kind}`} data-testid="notice" role="status">
            {t(p.notice.key, p.notice.values)}
          </p>
        )}
      </section>
      {s && (
        <>
          <section>
            <div className="row">
              <button type="button" data-testid="mask-page-button" disabled={p.busy} onClick={() => void p.maskView()}>
                {t("maskView")}
              </button>
              <button
                type="button"
                data-testid="restore-page-button"
                disabled={p.busy || !s.masked}
                onClick={() => void p.restoreView()}
              >
                {t("restoreView")}
              </button>
              <button
                type="button"
                data-testid="mask-fields-button"
                disabled={p.busy}
                onClick={() => void p.editFields("mask")}
              >
                {t("maskFields")}
              </button>
              <button
                type="button"
                data-testid="clear-fields-button"
                disabled={p.busy}
                onClick={() => void p.editFields("clear")}
              >
                {t("clearFields")}
              </button>
            </div>
            <p className="hint">{t("fieldsHint")}</p>
          </section>
          <section>
            <h2>
              {t("findings")}{" "}
              <span className="total" data-testid="total">
                {s.total}
              </span>
            </h2>
            <FindingGroups status={s} onReveal={p.reveal} />
          </section>
        </>
      )}
      <section>
        <h2>
          {t("log")}{" "}
          {p.log && (
            <span className="total" data-testid="log-count">
              {t("logCount", { entries: p.log.entries })}
            </span>
          )}
        </h2>
        <label className="field">
          {t("actor")} <input value={p.log?.actor ?? ""} onChange={(e) => p.setActor(e.target.value)} />
        </label>
        <div className="row">
          <button type="button" data-testid="export-log-button" onClick={() => void p.exportLog("jsonl")}>
            {t("exportLog")}
          </button>
          <button type="button" data-testid="export-csv-button" onClick={() => void p.exportLog("csv")}>
            {t("exportCsv")}
          </button>
        </div>
      </section>
      {p.origin && /^https?:/.test(p.origin) && (
        <section>
          <button type="button" className="subtle" data-testid="auto-scan-button" onClick={() => void p.toggleAuto()}>
            {p.auto ? `${t("autoOn")} · ${t("autoOff")}` : t("auto")}
          </button>
        </section>
      )}
    </main>
  );
}

export default function SidePanel() {
  const [lang, setLang] = useState<Lang>(localStorage.getItem("tuomin.lang") === "en" ? "en" : "zh");
  const i18n = useMemo(() => createI18n(lang), [lang]);
  const toggle = () => {
    const next = lang === "zh" ? "en" : "zh";
    localStorage.setItem("tuomin.lang", next);
    setLang(next);
  };
  return (
    <I18nextProvider i18n={i18n}>
      <Panel onLang={toggle} />
    </I18nextProvider>
  );
}
