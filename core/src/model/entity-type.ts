/** Entity type ids: a public contract (docs/spec/entities.md). */
export const ENTITY_TYPES = [
  "cn_resident_id",
  "passport",
  "hk_macau_permit",
  "tw_permit",
  "hk_id",
  "mo_id",
  "tw_id",
  "bank_card",
  "phone_mobile",
  "phone_landline",
  "email",
  "person_name",
  "address",
  "license_plate",
  "birth_date",
  "ip_address",
  "wechat_id",
  "qq",
  "uscc",
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export type Sensitivity = "sensitive" | "personal" | "organization";

export interface EntityInfo {
  type: EntityType;
  zh: string;
  en: string;
  sensitivity: Sensitivity;
}

const info = (type: EntityType, zh: string, en: string, sensitivity: Sensitivity): EntityInfo => ({
  type,
  zh,
  en,
  sensitivity,
});

/** The catalog: Chinese and English names and the PIPL sensitivity of every type. */
export const ENTITY_INFO: Record<EntityType, EntityInfo> = {
  cn_resident_id: info("cn_resident_id", "身份证号", "Resident ID", "sensitive"),
  passport: info("passport", "护照号", "Passport", "sensitive"),
  hk_macau_permit: info("hk_macau_permit", "港澳通行证/回乡证", "HK/Macau permit", "sensitive"),
  tw_permit: info("tw_permit", "台胞证", "Taiwan compatriot permit", "sensitive"),
  hk_id: info("hk_id", "香港身份证", "Hong Kong ID", "sensitive"),
  mo_id: info("mo_id", "澳门身份证", "Macau ID", "sensitive"),
  tw_id: info("tw_id", "台湾身份证", "Taiwan ID", "sensitive"),
  bank_card: info("bank_card", "银行卡号", "Bank card", "sensitive"),
  phone_mobile: info("phone_mobile", "手机号", "Mobile phone", "personal"),
  phone_landline: info("phone_landline", "固定电话", "Landline", "personal"),
  email: info("email", "电子邮箱", "Email", "personal"),
  person_name: info("person_name", "姓名", "Name", "personal"),
  address: info("address", "地址", "Address", "personal"),
  license_plate: info("license_plate", "车牌号", "License plate", "personal"),
  birth_date: info("birth_date", "出生日期", "Birth date", "personal"),
  ip_address: info("ip_address", "IP 地址", "IP address", "personal"),
  wechat_id: info("wechat_id", "微信号", "WeChat ID", "personal"),
  qq: info("qq", "QQ号", "QQ number", "personal"),
  uscc: info("uscc", "统一社会信用代码", "Unified social credit code", "organization"),
};

export const SENSITIVITY_ORDER: Record<Sensitivity, number> = { sensitive: 0, personal: 1, organization: 2 };
