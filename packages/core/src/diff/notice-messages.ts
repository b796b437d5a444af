import { t, type Inline, type InlineArg } from "../compose/inline.js";
import type { Locale } from "../taxonomy/index.js";

/**
 * The words of a change notice, per language: one plain sentence per change that names the
 * service, the data and who receives it. German puts lists of data after a colon, where their
 * labels stand as they are (no article to decline).
 */
export interface NoticeMessages {
  readonly title: (date: string) => string;
  readonly intro: (date: string) => string;
  readonly overview: string;
  readonly general: string;
  readonly none: string;
  readonly us: string;
  readonly serviceAdded: (service: InlineArg, purposes: InlineArg, data: InlineArg, recipient: InlineArg) => Inline;
  /** After a new service's sentence, where its data leaves for other countries: each with its ground. */
  readonly serviceTransfers: (transfers: InlineArg) => Inline;
  readonly countryOn: (country: InlineArg, ground: InlineArg) => Inline;
  readonly serviceRemoved: (service: InlineArg) => Inline;
  readonly purposeAdded: (service: InlineArg, purpose: InlineArg, basis: InlineArg, data: InlineArg, recipient: InlineArg) => Inline;
  readonly purposeRemoved: (service: InlineArg, purpose: InlineArg, data: InlineArg) => Inline;
  readonly basisChanged: (service: InlineArg, purpose: InlineArg, after: InlineArg, before: InlineArg) => Inline;
  readonly dataAdded: (service: InlineArg, data: InlineArg, recipient: InlineArg) => Inline;
  readonly dataRemoved: (service: InlineArg, data: InlineArg) => Inline;
  readonly providerChanged: (service: InlineArg, after: InlineArg, before: InlineArg, data: InlineArg) => Inline;
  readonly recipientAdded: (service: InlineArg, recipient: InlineArg, data: InlineArg) => Inline;
  readonly recipientRemoved: (service: InlineArg, recipient: InlineArg) => Inline;
  readonly transferAdded: (service: InlineArg, country: InlineArg, recipient: InlineArg, ground: InlineArg, data: InlineArg) => Inline;
  readonly transferRemoved: (service: InlineArg, country: InlineArg) => Inline;
  readonly transferGround: (service: InlineArg, country: InlineArg, after: InlineArg, before: InlineArg) => Inline;
  readonly retention: (service: InlineArg, after: InlineArg, before: InlineArg, data: InlineArg) => Inline;
  readonly controller: (after: InlineArg, before: InlineArg) => Inline;
  readonly controllerContact: (after: InlineArg) => Inline;
  readonly rightsContact: (after: InlineArg) => Inline;
  readonly dpo: (after: InlineArg) => Inline;
  readonly representative: (after: InlineArg) => Inline;
  readonly ended: string;
  readonly cookieAdded: (service: InlineArg, name: InlineArg, purpose: InlineArg) => Inline;
  readonly cookieRemoved: (service: InlineArg, name: InlineArg) => Inline;
  readonly cookieChanged: (service: InlineArg, name: InlineArg) => Inline;
  readonly reworded: (count: number) => string;
}

const en: NoticeMessages = {
  title: (date) => `What changes in our privacy policy on ${date}`,
  intro: (date) => `Our privacy policy changes on ${date}. Here is what changes, service by service, the most important changes first.`,
  overview: "Overview",
  general: "Who is responsible, and how to reach us",
  none: "Nothing in our privacy policy changes.",
  us: "us",
  serviceAdded: (service, purposes, data, recipient) =>
    t`${service}: we now use it for ${purposes}. It processes ${data}, and ${recipient} receives the data.`,
  serviceTransfers: (transfers) => t` The data goes to these countries: ${transfers}.`,
  countryOn: (country, ground) => t`${country} (ground: ${ground})`,
  serviceRemoved: (service) => t`${service}: we no longer use it.`,
  purposeAdded: (service, purpose, basis, data, recipient) =>
    t`${service}: we now also use ${data} for ${purpose}, on the basis of ${basis}; ${recipient} receives the data.`,
  purposeRemoved: (service, purpose, data) => t`${service}: we no longer use ${data} for ${purpose}.`,
  basisChanged: (service, purpose, after, before) =>
    t`${service}: we now use the data for ${purpose} on the basis of ${after}, no longer of ${before}.`,
  dataAdded: (service, data, recipient) => t`${service}: it now also processes ${data}; ${recipient} receives the data.`,
  dataRemoved: (service, data) => t`${service}: it no longer processes ${data}.`,
  providerChanged: (service, after, before, data) => t`${service}: ${data} now go to ${after}, no longer to ${before}.`,
  recipientAdded: (service, recipient, data) => t`${service}: ${data} now also go to ${recipient}.`,
  recipientRemoved: (service, recipient) => t`${service}: the data no longer goes to ${recipient}.`,
  transferAdded: (service, country, recipient, ground, data) =>
    t`${service}: ${data} now also go to ${recipient} in ${country}. Ground for the transfer: ${ground}.`,
  transferRemoved: (service, country) => t`${service}: the data no longer goes to ${country}.`,
  transferGround: (service, country, after, before) =>
    t`${service}: the transfer of the data to ${country} has another ground: ${after}. Before: ${before}.`,
  retention: (service, after, before, data) => t`${service}: how long we keep ${data} changes. Now: ${after}; before: ${before}.`,
  controller: (after, before) => t`${after} is now responsible for your data, no longer ${before}.`,
  controllerContact: (after) => t`Our contact details are now: ${after}.`,
  rightsContact: (after) => t`To exercise your rights, you now contact ${after}.`,
  dpo: (after) => t`Our data protection officer is now: ${after}.`,
  representative: (after) => t`Our representative is now: ${after}.`,
  ended: "none",
  cookieAdded: (service, name, purpose) => t`${service}: we now store ${name} on your device. ${purpose}`,
  cookieRemoved: (service, name) => t`${service}: we no longer store ${name} on your device.`,
  cookieChanged: (service, name) => t`${service}: what we store on your device as ${name}, or for how long, has changed.`,
  reworded: (count) =>
    count === 1 ? "We reworded one passage without changing what it says." : `We reworded ${count} passages without changing what they say.`,
};

const de: NoticeMessages = {
  title: (date) => `Was sich am ${date} an unserer Datenschutzerklärung ändert`,
  intro: (date) =>
    `Unsere Datenschutzerklärung ändert sich am ${date}. Hier steht, was sich ändert, Dienst für Dienst, das Wichtigste jeweils zuerst.`,
  overview: "Überblick",
  general: "Wer verantwortlich ist und wie Sie uns erreichen",
  none: "An unserer Datenschutzerklärung ändert sich nichts.",
  us: "uns",
  serviceAdded: (service, purposes, data, recipient) =>
    t`${service}: Wir nutzen den Dienst jetzt für folgende Zwecke: ${purposes}. Dabei gehen diese Daten an ${recipient}: ${data}.`,
  serviceTransfers: (transfers) => t` Die Daten werden in diese Länder übermittelt: ${transfers}.`,
  countryOn: (country, ground) => t`${country} (Grundlage: ${ground})`,
  serviceRemoved: (service) => t`${service}: Wir nutzen den Dienst nicht mehr.`,
  purposeAdded: (service, purpose, basis, data, recipient) =>
    t`${service}: Diese Daten gehen jetzt auch an ${recipient}, und zwar für ${purpose}, auf Grundlage von ${basis}: ${data}.`,
  purposeRemoved: (service, purpose, data) => t`${service}: Diese Daten nutzen wir nicht mehr für ${purpose}: ${data}.`,
  basisChanged: (service, purpose, after, before) =>
    t`${service}: Die Nutzung der Daten für ${purpose} stützen wir jetzt auf ${after}, nicht mehr auf ${before}.`,
  dataAdded: (service, data, recipient) => t`${service}: Jetzt gehen auch diese Daten an ${recipient}: ${data}.`,
  dataRemoved: (service, data) => t`${service}: Diese Daten werden nicht mehr verarbeitet: ${data}.`,
  providerChanged: (service, after, before, data) => t`${service}: Die Daten gehen jetzt an ${after}, nicht mehr an ${before}: ${data}.`,
  recipientAdded: (service, recipient, data) => t`${service}: Diese Daten gehen jetzt auch an ${recipient}: ${data}.`,
  recipientRemoved: (service, recipient) => t`${service}: Die Daten gehen nicht mehr an ${recipient}.`,
  transferAdded: (service, country, recipient, ground, data) =>
    t`${service}: Diese Daten gehen jetzt auch an ${recipient} in einem weiteren Land (${country}): ${data}. Grundlage der Übermittlung: ${ground}.`,
  transferRemoved: (service, country) => t`${service}: Die Daten werden nicht mehr in dieses Land übermittelt: ${country}.`,
  transferGround: (service, country, after, before) =>
    t`${service}: Die Übermittlung der Daten (${country}) hat eine andere Grundlage: ${after}. Bisher: ${before}.`,
  retention: (service, after, before, data) =>
    t`${service}: Die Speicherdauer ändert sich, jetzt: ${after}; bisher: ${before}. Betroffen sind diese Daten: ${data}.`,
  controller: (after, before) => t`Für Ihre Daten ist jetzt ${after} verantwortlich, nicht mehr ${before}.`,
  controllerContact: (after) => t`Unsere Kontaktdaten lauten jetzt: ${after}.`,
  rightsContact: (after) => t`Um Ihre Rechte auszuüben, wenden Sie sich jetzt an: ${after}.`,
  dpo: (after) => t`Unser Datenschutzbeauftragter ist jetzt: ${after}.`,
  representative: (after) => t`Unser Vertreter ist jetzt: ${after}.`,
  ended: "keiner",
  cookieAdded: (service, name, purpose) => t`${service}: Wir speichern jetzt ${name} auf Ihrem Gerät. ${purpose}`,
  cookieRemoved: (service, name) => t`${service}: Wir speichern ${name} nicht mehr auf Ihrem Gerät.`,
  cookieChanged: (service, name) => t`${service}: Geändert hat sich, was wir als ${name} auf Ihrem Gerät speichern oder wie lange.`,
  reworded: (count) =>
    count === 1
      ? "Eine Stelle haben wir umformuliert, ohne ihren Inhalt zu ändern."
      : `${count} Stellen haben wir umformuliert, ohne ihren Inhalt zu ändern.`,
};

/** «dal» davanti a una data («dal 1° dicembre»), «dall'» davanti a 8 e 11. */
const dal = (date: string): string => (/^(?:8|11)\s/u.test(date) ? `dall'${date}` : `dal ${date}`);

// Italiano: come il tedesco, gli elenchi di dati stanno dopo i due punti, dove le etichette restano
// come sono; i nomi non prendono articoli.
const it: NoticeMessages = {
  title: (date) => `Che cosa cambia nella nostra informativa sulla privacy ${dal(date)}`,
  intro: (date) =>
    `La nostra informativa sulla privacy cambia ${dal(date)}. Ecco che cosa cambia, servizio per servizio, con le modifiche più importanti per prime.`,
  overview: "Panoramica",
  general: "Chi è il titolare del trattamento e come contattarci",
  none: "Nella nostra informativa sulla privacy non cambia nulla.",
  us: "noi",
  serviceAdded: (service, purposes, data, recipient) =>
    t`${service}: ora utilizziamo il servizio per le seguenti finalità: ${purposes}. I seguenti dati vanno a ${recipient}: ${data}.`,
  serviceTransfers: (transfers) => t` I dati sono trasferiti verso questi paesi: ${transfers}.`,
  countryOn: (country, ground) => t`${country} (base: ${ground})`,
  serviceRemoved: (service) => t`${service}: non utilizziamo più il servizio.`,
  purposeAdded: (service, purpose, basis, data, recipient) =>
    t`${service}: ora questi dati vanno anche a ${recipient}, per la finalità «${purpose}» (base giuridica: ${basis}): ${data}.`,
  purposeRemoved: (service, purpose, data) => t`${service}: non utilizziamo più questi dati per la finalità «${purpose}»: ${data}.`,
  basisChanged: (service, purpose, after, before) =>
    t`${service}: l'utilizzo dei dati per la finalità «${purpose}» ha ora un'altra base giuridica: ${after}. Finora: ${before}.`,
  dataAdded: (service, data, recipient) => t`${service}: ora vanno a ${recipient} anche questi dati: ${data}.`,
  dataRemoved: (service, data) => t`${service}: questi dati non sono più trattati: ${data}.`,
  providerChanged: (service, after, before, data) => t`${service}: i dati vanno ora a ${after}, non più a ${before}: ${data}.`,
  recipientAdded: (service, recipient, data) => t`${service}: questi dati vanno ora anche a ${recipient}: ${data}.`,
  recipientRemoved: (service, recipient) => t`${service}: i dati non vanno più a ${recipient}.`,
  transferAdded: (service, country, recipient, ground, data) =>
    t`${service}: questi dati vanno ora anche a ${recipient} in un altro paese (${country}): ${data}. Base del trasferimento: ${ground}.`,
  transferRemoved: (service, country) => t`${service}: i dati non sono più trasferiti verso questo paese: ${country}.`,
  transferGround: (service, country, after, before) =>
    t`${service}: il trasferimento dei dati (${country}) ha una base diversa: ${after}. Finora: ${before}.`,
  retention: (service, after, before, data) =>
    t`${service}: il periodo di conservazione cambia; ora: ${after}; finora: ${before}. Riguarda questi dati: ${data}.`,
  controller: (after, before) => t`Il titolare del trattamento dei Suoi dati è ora: ${after}, non più: ${before}.`,
  controllerContact: (after) => t`I nostri dati di contatto sono ora: ${after}.`,
  rightsContact: (after) => t`Per esercitare i Suoi diritti si rivolga ora a: ${after}.`,
  dpo: (after) => t`Il nostro responsabile della protezione dei dati è ora: ${after}.`,
  representative: (after) => t`Il nostro rappresentante è ora: ${after}.`,
  ended: "nessuno",
  cookieAdded: (service, name, purpose) => t`${service}: ora memorizziamo ${name} sul Suo dispositivo. ${purpose}`,
  cookieRemoved: (service, name) => t`${service}: non memorizziamo più ${name} sul Suo dispositivo.`,
  cookieChanged: (service, name) => t`${service}: è cambiato ciò che memorizziamo sul Suo dispositivo come ${name}, o per quanto tempo.`,
  reworded: (count) =>
    count === 1
      ? "Abbiamo riformulato un passaggio senza modificarne il contenuto."
      : `Abbiamo riformulato ${count} passaggi senza modificarne il contenuto.`,
};

export const noticeMessages: Readonly<Record<Locale, NoticeMessages>> = { en, de, it };
