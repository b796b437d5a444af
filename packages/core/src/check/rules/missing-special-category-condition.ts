import { isSpecialCategory } from "../../taxonomy/index.js";
import type { ValidationRule } from "../rule.js";
import { serviceLists } from "../service-lists.js";

/** Art. 9(1) GDPR forbids processing special categories of data unless a condition of Art. 9(2) applies. */
export const missingSpecialCategoryCondition: ValidationRule = {
  code: "missing-special-category-condition",
  stage: "validate",
  severity: "error",
  duty: {
    en: "Name the condition of Art. 9(2) under which special categories of data (health, religion, ...) are processed.",
    de: "Die Bedingung des Art. 9 Abs. 2 nennen, unter der besondere Kategorien von Daten (Gesundheit, Religion, ...) verarbeitet werden.",
  },
  source: "Art. 9(1) and (2) GDPR",
  check({ data, catalog }) {
    return data.services.flatMap((service, index) => {
      if (service.specialCategoryCondition !== undefined) return [];
      const lists = serviceLists(service, index, catalog);
      const special = lists.data.map((item) => (typeof item === "string" ? item : item.category)).filter((category) => isSpecialCategory(category));
      if (special.length === 0) return [];
      return [
        {
          segments: lists.at,
          message: {
            en: `the data includes special categories (${special.join(", ")}): name the Art. 9(2) condition in specialCategoryCondition`,
            de: `die Daten umfassen besondere Kategorien (${special.join(", ")}): nennen Sie die Bedingung des Art. 9 Abs. 2 in specialCategoryCondition`,
          },
        },
      ];
    });
  },
};
