import { Button, FluentProvider, Title3, webLightTheme } from "@fluentui/react-components";
import type { WorkbookPort } from "@tuomin/core";
import { useMemo, useState } from "react";
import { I18nextProvider, useTranslation } from "react-i18next";
import type { Detector } from "../session/detection.js";
import { createI18n, type Lang } from "./i18n.js";
import type { KeyStore } from "./key-store.js";
import { ApplyPanel } from "./components/ApplyPanel.js";
import { ColumnsPanel } from "./components/ColumnsPanel.js";
import { FindingList } from "./components/FindingList.js";
import { LogPanel } from "./components/LogPanel.js";
import { Notices, Warnings } from "./components/Notices.js";
import { ScanPanel } from "./components/ScanPanel.js";
import { sliceOf, useSession } from "./use-session.js";
import css from "./taskpane.css";

export interface TaskPaneProps {
  port: WorkbookPort;
  detector: () => Detector;
  keys: KeyStore;
  file: string;
  storage?: Pick<Storage, "getItem" | "setItem">;
}

/** The task pane: the same component in Excel and in the harness, over whichever WorkbookPort it is given. */
export function TaskPane(props: TaskPaneProps) {
  const storage = props.storage ?? globalThis.localStorage;
  const [lang, setLang] = useState<Lang>((storage.getItem("tuomin.lang") as Lang | null) === "en" ? "en" : "zh");
  const i18n = useMemo(() => createI18n(lang), [lang]);
  const switchLang = () => {
    const next = lang === "zh" ? "en" : "zh";
    storage.setItem("tuomin.lang", next);
    setLang(next);
  };
  return (
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={webLightTheme} lang={lang === "zh" ? "zh-CN" : "en"} className="tm-pane">
        <style>{css}</style>
        <Pane {...props} storage={storage} onLang={switchLang} />
      </FluentProvider>
    </I18nextProvider>
  );
}

function Pane(props: TaskPaneProps & { onLang: () => void; storage: Pick<Storage, "getItem" | "setItem"> }) {
  const { t } = useTranslation();
  const [actor, setActor] = useState(props.storage.getItem("tuomin.actor") || t("log.actorDefault"));
  const onActor = (a: string) => {
    setActor(a);
    props.storage.setItem("tuomin.actor", a);
  };
  const s = useSession({
    port: props.port,
    detector: props.detector,
    keys: props.keys,
    file: props.file,
    actor: actor.trim() || t("log.actorDefault"),
  });
  return (
    <main>
      <header className="tm-row tm-between">
        <Title3 as="h1">{t("product")}</Title3>
        <Button size="small" appearance="subtle" data-testid="language-button" onClick={props.onLang}>
          {t("language")}
        </Button>
      </header>
      <ScanPanel s={sliceOf(s, "scan")} />
      <Notices notices={s.notices} />
      {s.scan && <Warnings scan={s.scan} formulaCells={s.plan?.formulaCells ?? 0} />}
      <ApplyPanel s={sliceOf(s, "apply")} />
      <ColumnsPanel s={sliceOf(s, "columns")} />
      <FindingList s={sliceOf(s, "findings")} />
      <LogPanel s={sliceOf(s, "log")} actor={actor} onActor={onActor} file={props.file} />
    </main>
  );
}
