import type { Processor } from "@policy/core";
import {
  microsoftCorporation,
  microsoftEuDataBoundarySource,
  microsoftGdprFaqSource,
  microsoftIreland,
  microsoftModelClausesSource,
  microsoftOnlineServicesTransfer,
  microsoftPrivacyStatementSource,
} from "../parties/microsoft.js";

const OCD = "https://github.com/jkwakman/Open-Cookie-Database/blob/0ee5a17fe1cb002943f89370d24fc26a4226061c/open-cookie-database.csv";
const APP_SERVICE_SETTINGS =
  "https://github.com/MicrosoftDocs/azure-docs/blob/02a4dd5bbcbdb08759b5cfe486858ab85e35ed1f/articles/app-service/configure-common.md";
const GATEWAY_TROUBLESHOOTING =
  "https://github.com/MicrosoftDocs/azure-docs/blob/0281c8b4bff6348b7b04a9566c7971a90ae16ee8/articles/application-gateway/troubleshoot-app-service-redirection-app-service-url.md";
const CLIENT_AFFINITY =
  "https://learn.microsoft.com/en-us/dotnet/api/microsoft.azure.powershell.cmdlets.functions.models.isiteproperties.clientaffinityenabled?view=az-ps-latest";
const AZURE_DPIA = "https://docs.microsoft.com/pl-PL/compliance/regulatory/gdpr-dpia-azure?view=o365-worldwide";

/**
 * Microsoft Azure: cloud servers, web app hosting (App Service), storage and databases on which a business runs its
 * website or services.
 *
 * Read (2026-12-06):
 * - Microsoft Privacy Statement, "Last Updated: July 2026" (Open Terms Archive, see parties/microsoft.ts): Microsoft
 *   Corporation and, for the EEA, the UK and Switzerland, Microsoft Ireland Operations Limited are the controllers
 *   "when Microsoft is a controller", with their addresses; its section "Enterprise and developer products" names
 *   Microsoft Azure among the "Enterprise Online Services ... that our enterprise customers contract with us for",
 *   governed by the Product Terms and the Products and Services DPA, which prevail over the statement; Microsoft also
 *   processes such data for its "related business operations"; Microsoft Corporation's certification under the EU-U.S.
 *   DPF, the UK Extension and the Swiss-U.S. DPF.
 * - Microsoft Trust Center, "GDPR frequently asked questions" (microsoft.com, stored copy): organisations using
 *   Microsoft's enterprise online services are controllers and Microsoft is their processor; Microsoft uses the standard
 *   contractual clauses.
 * - "Data Protection Impact Assessments: Guidance for Data Controllers Using Microsoft Azure" (docs.microsoft.com,
 *   stored copy, English text): written for "data controllers using Microsoft Azure"; whether a DPIA is needed depends
 *   on how the data controller deploys and uses Azure.
 * - "European Union Model Clauses" (products.office.com, stored copy): the standard contractual clauses are offered for
 *   in-scope services, "Azure and Azure Government" first among them.
 * - "Services permanently excluded from the EU Data Boundary" (learn.microsoft.com, stored copy): most Azure services
 *   are in scope for the EU Data Boundary; Azure Front Door and Azure CDN cache content at edge locations worldwide.
 * - Azure App Service documentation (MicrosoftDocs/azure-docs on GitHub): "Configure an App Service app in the Azure
 *   portal" (commit 02a4dd5b, ms.date 13 August 2019): "ARR affinity: In a multi-instance deployment, ensure that the
 *   client is routed to the same instance for the life of the session. You can set this option to Off for stateless
 *   applications"; "Troubleshoot App Service issues in Application Gateway" (commit 0281c8b4, ms.date 15 April 2021):
 *   the ARRAffinity cookie is set by the app service, on the app's host name (its custom domain where one is set up),
 *   with a Set-Cookie header that has no expiry date; its support link is on azure.microsoft.com. The Azure PowerShell
 *   reference for clientAffinityEnabled (learn.microsoft.com, stored copy): "false to stop sending session affinity
 *   cookies, which route client requests in the same session to the same instance. Default is true."
 *
 * Entity: Microsoft Ireland Operations Limited, which the privacy statement names for the EEA; the Products and
 * Services DPA and the Microsoft Customer Agreement could not be read (as for microsoft-365).
 *
 * Role: processor for hosting (GDPR FAQ, DPIA guidance); controller for Microsoft's own business operations, marked
 * unconfirmed as in microsoft-teams.
 *
 * Cookies: ARRAffinity only where a website runs on Azure App Service with ARR affinity on (the default); it lives for
 * the browser session (Microsoft's documentation), where the Open Cookie Database gives 1 year. ARRAffinitySameSite,
 * its twin for cross-site requests, is named by the Open Cookie Database and by third-party pages, not by any Microsoft
 * document read; it is marked unconfirmed.
 *
 * Left out, and why: where the data is stored (the customer chooses the region; Microsoft's data residency page was
 * read only in a third party's notes), retention (the customer decides; the DPA's deletion period could not be read),
 * request hosts (they are the customer's own).
 */
export const microsoftAzure: Processor = {
  id: "microsoft-azure",
  name: "Microsoft Azure",
  aliases: ["Azure", "Azure App Service", "Azure Web Apps", "Windows Azure"],
  categories: ["hosting"],
  entity: microsoftIreland,
  parent: microsoftCorporation,
  role: "processor",
  roles: [
    {
      role: "processor",
      scope: {
        en: "hosting our website and services and storing their data on Microsoft Azure",
        de: "das Hosting unserer Website und Dienste und die Speicherung ihrer Daten auf Microsoft Azure",
      },
    },
    {
      role: "controller",
      scope: {
        en: "Microsoft's own business operations connected with providing Azure to us, such as billing, security and meeting its legal obligations",
        de: "die eigenen Geschäftsabläufe von Microsoft im Zusammenhang mit der Bereitstellung von Azure für uns, etwa Abrechnung, Sicherheit und die Erfüllung seiner rechtlichen Pflichten",
      },
    },
  ],
  urls: {
    website: "https://azure.microsoft.com/",
    privacyPolicy: "https://privacy.microsoft.com/privacystatement",
    dpa: "https://aka.ms/dpa",
  },
  description: {
    en: "Microsoft Azure is Microsoft's cloud platform: rented servers, web app hosting, storage, databases and many other services, run in data centre regions the customer picks.",
    de: "Microsoft Azure ist die Cloud-Plattform von Microsoft: gemietete Server, Hosting für Webanwendungen, Speicher, Datenbanken und viele weitere Dienste, betrieben in Rechenzentrumsregionen nach Wahl des Kunden.",
  },
  activities: {
    purposes: [
      {
        purpose: "essential.service",
        legalBasis: "A6-1-f",
        legitimateInterest: {
          en: "Running our website and services on rented cloud infrastructure that is secure and grows with demand.",
          de: "Unsere Website und Dienste auf gemieteter, sicherer Cloud-Infrastruktur zu betreiben, die mit dem Bedarf mitwächst.",
        },
      },
    ],
    data: [
      "user.device.ip_address",
      {
        category: "user.telemetry",
        details: {
          en: "the request your browser sends: page or file, time, browser and operating system",
          de: "die Anfrage Ihres Browsers: Seite oder Datei, Uhrzeit, Browser und Betriebssystem",
        },
      },
      {
        category: "user.content",
        details: { en: "whatever our site stores about you on these servers", de: "was unsere Website auf diesen Servern über Sie speichert" },
        collected: "content",
      },
    ],
    subjects: ["website_visitor", "user"],
  },
  domains: [],
  transfers: [
    {
      ...microsoftOnlineServicesTransfer,
      note: {
        en: "Where we deploy our Azure services in regions in the EU, most of the data stays in the EU (the EU Data Boundary), but some data still leaves it for running the services; in regions outside the EU the data is where we put it. Microsoft also offers the EU standard contractual clauses to business customers of Azure.",
        de: "Betreiben wir unsere Azure-Dienste in Regionen in der EU, bleiben die meisten Daten in der EU (EU-Datengrenze); einige Daten verlassen sie aber weiterhin für den Betrieb der Dienste. In Regionen außerhalb der EU liegen die Daten dort, wo wir sie ablegen. Zusätzlich bietet Microsoft Geschäftskunden von Azure die Standardvertragsklauseln der EU an.",
      },
    },
  ],
  deviceAccess: [
    {
      name: "ARRAffinity",
      technology: "cookie",
      purpose: {
        en: "Sends the visitor back to the same server while the browser session lasts, where our site runs on several servers of Azure App Service.",
        de: "Leitet Besucher für die Dauer der Browsersitzung wieder zum selben Server, wenn unsere Website auf mehreren Servern von Azure App Service läuft.",
      },
      duration: "session",
      party: "first",
      ground: "strictly-necessary",
    },
    {
      name: "ARRAffinitySameSite",
      technology: "cookie",
      purpose: {
        en: "The same server binding, for requests made in a cross-site context.",
        de: "Dieselbe Serverbindung für Anfragen aus einem websiteübergreifenden Zusammenhang.",
      },
      duration: "session",
      party: "first",
      ground: "strictly-necessary",
    },
  ],
  sources: [
    // Microsoft Privacy Statement (July 2026): the controllers and addresses; Azure an enterprise online service under
    // the Product Terms and the Products and Services DPA; the DPF certification.
    { ...microsoftPrivacyStatementSource, facts: ["entity", "parent", "role", "urls", "transfers", "activities"] },
    microsoftGdprFaqSource,
    // DPIA guidance for data controllers using Azure (stored copy, English text on the Polish locale).
    { url: AZURE_DPIA, facts: ["role"], checked: "2026-12-06" },
    microsoftModelClausesSource,
    microsoftEuDataBoundarySource,
    // App Service settings: ARR affinity routes the client to the same instance for the life of the session.
    { url: APP_SERVICE_SETTINGS, facts: ["device-access"], checked: "2026-12-06", updated: "2019-08-13" },
    // Application Gateway troubleshooting: the ARRAffinity cookie, its domain, no expiry date; azure.microsoft.com.
    { url: GATEWAY_TROUBLESHOOTING, facts: ["device-access", "urls"], checked: "2026-12-06", updated: "2021-04-15" },
    // Azure PowerShell reference: session affinity cookies are sent by default.
    { url: CLIENT_AFFINITY, facts: ["device-access"], checked: "2026-12-06" },
    { url: OCD, facts: ["device-access"], checked: "2026-12-06", updated: "2026-01-21" },
  ],
  checked: "2026-12-06",
  unconfirmed: [
    {
      fact: "entity",
      note: "The Microsoft Privacy Statement (July 2026) names Microsoft Ireland Operations Limited as the controller for the products it covers; for enterprise online services it refers to the Product Terms and the Products and Services Data Protection Addendum, which were not read. So no document read names the Microsoft company an EU business customer contracts with for this service.",
    },
    {
      fact: "roles[1]",
      note: "Microsoft's Products and Services Data Protection Addendum, which sets out Microsoft's role for its business operations, could not be read in any stored copy; the privacy statement (July 2026) says only that Microsoft processes data of enterprise customers for its related business operations.",
    },
    {
      fact: "deviceAccess[1]",
      note: "No Microsoft document read names ARRAffinitySameSite. The name comes from the Open Cookie Database (commit 0ee5a17f, 1 year) and recorded Set-Cookie headers of App Service sites, which show it beside ARRAffinity with SameSite=None and no expiry date; shown like ARRAffinity (session, on the site's own domain).",
    },
  ],
  disagreements: [
    { fact: "deviceAccess[0].duration", value: "P1Y", source: OCD },
    { fact: "deviceAccess[1].duration", value: "P1Y", source: OCD },
  ],
};
