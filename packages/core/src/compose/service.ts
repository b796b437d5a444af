import type { Service } from "../model/resolved.js";
import type { PolicySection } from "./document.js";
import type { Context } from "./context.js";
import { paragraph } from "./nodes.js";
import { section } from "./section.js";
import { serviceAboutSection } from "./service-about.js";
import { serviceDataSection } from "./service-data.js";
import { serviceDeletionSection } from "./service-deletion.js";
import { serviceLegalBasisSection } from "./service-legal-basis.js";
import { servicePurposesSection } from "./service-purposes.js";
import { serviceStorageSection } from "./service-storage.js";

/** The second layer: every service, each answering the same questions in the same order. */
export function servicesSection(ctx: Context): PolicySection {
  const { m, policy } = ctx;
  return section("services", {
    title: m.titles.services,
    content: [paragraph(m.servicesIntro)],
    sections: policy.services.map((service) => serviceSection(ctx, service)),
  });
}

/** A service's sections. The FADP asks for no legal basis (a private controller needs none): a text under it names none. */
function serviceSection(ctx: Context, service: Service): PolicySection {
  return section("service", {
    serviceId: service.id,
    title: [ctx.serviceName(service)],
    sections: [
      serviceAboutSection(ctx, service),
      servicePurposesSection(ctx, service),
      serviceDataSection(ctx, service),
      serviceStorageSection(ctx, service),
      serviceDeletionSection(ctx, service),
      ...(ctx.law === "fadp" ? [] : [serviceLegalBasisSection(ctx, service)]),
    ],
  });
}
