import { address } from "./cn/address.js";
import { bankCard, spokenBankCard } from "./cn/bank-card.js";
import { hkId } from "./cn/hk-id.js";
import { hkMacauPermit } from "./cn/hk-macau-permit.js";
import { hkTwLandline, landline, localNumber, spokenLandline } from "./cn/landline.js";
import { licensePlate } from "./cn/license-plate.js";
import { hkMoTwMobile, mobile, spokenMobile } from "./cn/mobile.js";
import { moId } from "./cn/mo-id.js";
import { foreignPassport, passport } from "./cn/passport.js";
import { personName } from "./cn/person-name.js";
import { groupedResidentId, residentId, spokenResidentId } from "./cn/resident-id.js";
import { twId } from "./cn/tw-id.js";
import { twPermit } from "./cn/tw-permit.js";
import { spacedUscc, uscc } from "./cn/uscc.js";
import { birthDate } from "./generic/birth-date.js";
import { email, emailChineseLocal, obfuscatedEmail } from "./generic/email.js";
import { ipAddress, privateIp } from "./generic/ip-address.js";
import { qq, qqChatHeader, spokenQq } from "./generic/qq.js";
import { typoMobile, typoResidentId } from "./generic/typo-number.js";
import { wechatId, wxid } from "./generic/wechat-id.js";
import type { Recognizer } from "./types.js";

/** Every recognizer, in no particular order: overlaps are resolved by the engine. */
export const RECOGNIZERS: readonly Recognizer[] = [
  residentId,
  spokenResidentId,
  groupedResidentId,
  typoResidentId,
  mobile,
  spokenMobile,
  hkMoTwMobile,
  typoMobile,
  landline,
  hkTwLandline,
  localNumber,
  spokenLandline,
  bankCard,
  spokenBankCard,
  uscc,
  spacedUscc,
  hkId,
  twId,
  moId,
  passport,
  foreignPassport,
  hkMacauPermit,
  twPermit,
  licensePlate,
  email,
  emailChineseLocal,
  obfuscatedEmail,
  ipAddress,
  privateIp,
  wechatId,
  wxid,
  qq,
  qqChatHeader,
  spokenQq,
  birthDate,
  personName,
  address,
];

export type { Candidate, Recognizer, ScanContext } from "./types.js";
