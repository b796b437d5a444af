import { spelledTag, t, type Inline, type InlineArg } from "../compose/inline.js";
import { frenchSpacing } from "../compose/messages/fr.js";
import { dal } from "../compose/messages/it.js";

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

// Español: las listas de datos, los destinatarios y los fundamentos van tras dos puntos, donde se
// insertan tal como son, sin artículo ni preposición que concuerde con ellos; los fines, entre
// comillas angulares.
const es: NoticeMessages = {
  title: (date) => `Qué cambia en nuestra política de privacidad el ${date}`,
  intro: (date) =>
    `Nuestra política de privacidad cambia el ${date}. Aquí se indica qué cambia, servicio por servicio, empezando por los cambios más importantes.`,
  overview: "Resumen",
  general: "Quién es el responsable y cómo contactar con nosotros",
  none: "Nuestra política de privacidad no cambia en nada.",
  us: "nosotros",
  serviceAdded: (service, purposes, data, recipient) =>
    t`${service}: ahora utilizamos este servicio con estos fines: ${purposes}. Trata estos datos: ${data}. Destinatario de los datos: ${recipient}.`,
  serviceTransfers: (transfers) => t` Los datos se transfieren a estos países: ${transfers}.`,
  countryOn: (country, ground) => t`${country} (fundamento: ${ground})`,
  serviceRemoved: (service) => t`${service}: ya no utilizamos este servicio.`,
  purposeAdded: (service, purpose, basis, data, recipient) =>
    t`${service}: ahora tratamos estos datos también con el fin «${purpose}»: ${data}. Base jurídica: ${basis}. Destinatario de los datos: ${recipient}.`,
  purposeRemoved: (service, purpose, data) => t`${service}: ya no tratamos estos datos con el fin «${purpose}»: ${data}.`,
  basisChanged: (service, purpose, after, before) =>
    t`${service}: el tratamiento de los datos con el fin «${purpose}» tiene ahora otra base jurídica: ${after}; antes: ${before}.`,
  dataAdded: (service, data, recipient) => t`${service}: ahora trata también estos datos: ${data}. Destinatario de los datos: ${recipient}.`,
  dataRemoved: (service, data) => t`${service}: ya no trata estos datos: ${data}.`,
  providerChanged: (service, after, before, data) =>
    t`${service}: el destinatario de estos datos cambia; ahora: ${after}; antes: ${before}. Datos: ${data}.`,
  recipientAdded: (service, recipient, data) => t`${service}: estos datos tienen ahora también este destinatario: ${recipient}. Datos: ${data}.`,
  recipientRemoved: (service, recipient) => t`${service}: los datos ya no se comunican a este destinatario: ${recipient}.`,
  transferAdded: (service, country, recipient, ground, data) =>
    t`${service}: estos datos se transfieren ahora también a otro país (${country}): ${data}. Destinatario: ${recipient}. Fundamento de la transferencia: ${ground}.`,
  transferRemoved: (service, country) => t`${service}: los datos ya no se transfieren a este país: ${country}.`,
  transferGround: (service, country, after, before) =>
    t`${service}: la transferencia de los datos (${country}) tiene otro fundamento: ${after}. Antes: ${before}.`,
  retention: (service, after, before, data) =>
    t`${service}: cambia el plazo de conservación; ahora: ${after}; antes: ${before}. Datos afectados: ${data}.`,
  controller: (after, before) => t`El responsable del tratamiento de sus datos es ahora: ${after}; antes: ${before}.`,
  controllerContact: (after) => t`Nuestros datos de contacto son ahora: ${after}.`,
  rightsContact: (after) => t`Para ejercer sus derechos, diríjase ahora a: ${after}.`,
  dpo: (after) => t`Nuestro delegado de protección de datos es ahora: ${after}.`,
  representative: (after) => t`Nuestro representante es ahora: ${after}.`,
  ended: "ninguno",
  cookieAdded: (service, name, purpose) => t`${service}: ahora almacenamos ${name} en su dispositivo. ${purpose}`,
  cookieRemoved: (service, name) => t`${service}: ya no almacenamos ${name} en su dispositivo.`,
  cookieChanged: (service, name) => t`${service}: ha cambiado lo que almacenamos en su dispositivo como ${name}, o durante cuánto tiempo.`,
  reworded: (count) =>
    count === 1
      ? "Hemos redactado de nuevo un pasaje sin cambiar su contenido."
      : `Hemos redactado de nuevo ${count} pasajes sin cambiar su contenido.`,
};

const nl: NoticeMessages = {
  title: (date) => `Wat er op ${date} verandert in onze privacyverklaring`,
  intro: (date) => `Onze privacyverklaring verandert op ${date}. Hier leest u wat er verandert, dienst voor dienst, het belangrijkste steeds eerst.`,
  overview: "Overzicht",
  general: "Wie verantwoordelijk is en hoe u ons bereikt",
  none: "Er verandert niets in onze privacyverklaring.",
  us: "ons",
  serviceAdded: (service, purposes, data, recipient) =>
    t`${service}: wij gebruiken de dienst nu voor de volgende doeleinden: ${purposes}. Daarbij gaan deze gegevens naar ${recipient}: ${data}.`,
  serviceTransfers: (transfers) => t` De gegevens worden doorgegeven aan deze landen: ${transfers}.`,
  countryOn: (country, ground) => t`${country} (grond: ${ground})`,
  serviceRemoved: (service) => t`${service}: wij gebruiken de dienst niet meer.`,
  purposeAdded: (service, purpose, basis, data, recipient) =>
    t`${service}: deze gegevens gaan nu ook naar ${recipient}, voor het doel ${purpose}, op grond van ${basis}: ${data}.`,
  purposeRemoved: (service, purpose, data) => t`${service}: deze gegevens gebruiken wij niet meer voor het doel ${purpose}: ${data}.`,
  basisChanged: (service, purpose, after, before) =>
    t`${service}: het gebruik van de gegevens voor het doel ${purpose} baseren wij nu op ${after}, niet meer op ${before}.`,
  dataAdded: (service, data, recipient) => t`${service}: nu gaan ook deze gegevens naar ${recipient}: ${data}.`,
  dataRemoved: (service, data) => t`${service}: deze gegevens worden niet meer verwerkt: ${data}.`,
  providerChanged: (service, after, before, data) => t`${service}: de gegevens gaan nu naar ${after}, niet meer naar ${before}: ${data}.`,
  recipientAdded: (service, recipient, data) => t`${service}: deze gegevens gaan nu ook naar ${recipient}: ${data}.`,
  recipientRemoved: (service, recipient) => t`${service}: de gegevens gaan niet meer naar ${recipient}.`,
  transferAdded: (service, country, recipient, ground, data) =>
    t`${service}: deze gegevens gaan nu ook naar ${recipient} in een ander land (${country}): ${data}. Grond voor de doorgifte: ${ground}.`,
  transferRemoved: (service, country) => t`${service}: de gegevens worden niet meer doorgegeven aan dit land: ${country}.`,
  transferGround: (service, country, after, before) =>
    t`${service}: de doorgifte van de gegevens (${country}) berust op een andere grond: ${after}. Voorheen: ${before}.`,
  retention: (service, after, before, data) =>
    t`${service}: de bewaartermijn verandert, nu: ${after}; voorheen: ${before}. Het gaat om deze gegevens: ${data}.`,
  controller: (after, before) => t`Verwerkingsverantwoordelijke voor uw gegevens is nu ${after}, niet meer ${before}.`,
  controllerContact: (after) => t`Onze contactgegevens zijn nu: ${after}.`,
  rightsContact: (after) => t`Om uw rechten uit te oefenen, wendt u zich nu tot: ${after}.`,
  dpo: (after) => t`Onze functionaris voor gegevensbescherming is nu: ${after}.`,
  representative: (after) => t`Onze vertegenwoordiger is nu: ${after}.`,
  ended: "geen",
  cookieAdded: (service, name, purpose) => t`${service}: wij slaan nu ${name} op uw apparaat op. ${purpose}`,
  cookieRemoved: (service, name) => t`${service}: wij slaan ${name} niet meer op uw apparaat op.`,
  cookieChanged: (service, name) => t`${service}: wat wij als ${name} op uw apparaat opslaan, of hoe lang, is veranderd.`,
  reworded: (count) =>
    count === 1
      ? "Eén passage hebben wij anders geformuleerd, zonder de inhoud te wijzigen."
      : `${count} passages hebben wij anders geformuleerd, zonder de inhoud te wijzigen.`,
};
// Polski: nazwy, listy danych i podstawy stoją po dwukropku albo jako podmiot w mianowniku
// („odbiorcą jest teraz X”), bo nazw firm się nie odmienia.
const polishPlural = new Intl.PluralRules("pl");
const pl: NoticeMessages = {
  title: (date) => `Co zmienia się w naszej polityce prywatności od ${date} r.`,
  intro: (date) =>
    `Nasza polityka prywatności zmienia się z dniem ${date} r. Poniżej przedstawiamy zmiany, usługa po usłudze, w każdym przypadku zaczynając od najważniejszych.`,
  overview: "Informacje ogólne",
  general: "Kto odpowiada za Państwa dane i jak się z nami skontaktować",
  none: "W naszej polityce prywatności nic się nie zmienia.",
  us: "nasza organizacja",
  serviceAdded: (service, purposes, data, recipient) =>
    t`${service}: korzystamy teraz z tej usługi w następujących celach: ${purposes}. Odbiorca danych: ${recipient}; przetwarzane dane: ${data}.`,
  serviceTransfers: (transfers) => t` Dane są przekazywane do następujących państw: ${transfers}.`,
  countryOn: (country, ground) => t`${country} (podstawa: ${ground})`,
  serviceRemoved: (service) => t`${service}: nie korzystamy już z tej usługi.`,
  purposeAdded: (service, purpose, basis, data, recipient) =>
    t`${service}: nowy cel przetwarzania: ${purpose}; podstawa prawna: ${basis}; odbiorca danych: ${recipient}. Dotyczy to danych: ${data}.`,
  purposeRemoved: (service, purpose, data) => t`${service}: nie wykorzystujemy już danych w celu: ${purpose}. Dotyczy to danych: ${data}.`,
  basisChanged: (service, purpose, after, before) =>
    t`${service}: zmienia się podstawa prawna przetwarzania danych w celu: ${purpose}. Teraz: ${after}; dotychczas: ${before}.`,
  dataAdded: (service, data, recipient) => t`${service}: usługa przetwarza teraz również następujące dane: ${data}. Odbiorca danych: ${recipient}.`,
  dataRemoved: (service, data) => t`${service}: następujące dane nie są już przetwarzane: ${data}.`,
  providerChanged: (service, after, before, data) =>
    t`${service}: odbiorcą danych jest teraz ${after}, a nie jak dotąd ${before}. Dotyczy to danych: ${data}.`,
  recipientAdded: (service, recipient, data) =>
    t`${service}: dane trafiają teraz również do nowego odbiorcy, którym jest ${recipient}. Dotyczy to danych: ${data}.`,
  recipientRemoved: (service, recipient) => t`${service}: dane nie trafiają już do odbiorcy, którym był ${recipient}.`,
  transferAdded: (service, country, recipient, ground, data) =>
    t`${service}: dane są teraz przekazywane również do kolejnego państwa (${country}); odbiorca: ${recipient}; podstawa przekazania: ${ground}. Dotyczy to danych: ${data}.`,
  transferRemoved: (service, country) => t`${service}: dane nie są już przekazywane do tego państwa: ${country}.`,
  transferGround: (service, country, after, before) =>
    t`${service}: przekazywanie danych (${country}) opiera się teraz na innej podstawie: ${after}. Dotychczas: ${before}.`,
  retention: (service, after, before, data) =>
    t`${service}: zmienia się okres przechowywania – teraz: ${after}; dotychczas: ${before}. Dotyczy to danych: ${data}.`,
  controller: (after, before) => t`Administratorem Państwa danych jest teraz ${after}, a nie jak dotąd ${before}.`,
  controllerContact: (after) => t`Nasze dane kontaktowe to teraz: ${after}.`,
  rightsContact: (after) => t`W sprawie wykonywania swoich praw prosimy teraz zwracać się do: ${after}.`,
  dpo: (after) => t`Zmienia się nasz inspektor ochrony danych; obecnie: ${after}.`,
  representative: (after) => t`Zmienia się nasz przedstawiciel; obecnie: ${after}.`,
  ended: "brak",
  cookieAdded: (service, name, purpose) => t`${service}: zapisujemy teraz na Państwa urządzeniu ${name}. ${purpose}`,
  cookieRemoved: (service, name) => t`${service}: nie zapisujemy już na Państwa urządzeniu ${name}.`,
  cookieChanged: (service, name) => t`${service}: zmieniło się to, co zapisujemy na Państwa urządzeniu jako ${name}, lub czas przechowywania.`,
  reworded: (count) => {
    if (count === 1) return "Przeredagowaliśmy jeden fragment, nie zmieniając jego treści.";
    const rule = polishPlural.select(count);
    return `Przeredagowaliśmy ${count} ${rule === "few" ? "fragmenty" : "fragmentów"}, nie zmieniając ich treści.`;
  },
};
const fr: NoticeMessages = {
  title: (date) => `Ce qui change le ${date} dans notre politique de confidentialité`,
  intro: (date) =>
    `Notre politique de confidentialité change le ${date}. Voici ce qui change, service par service, en commençant chaque fois par l'essentiel.`,
  overview: "Vue d'ensemble",
  general: "Responsable du traitement et moyens de nous contacter",
  none: "Rien ne change dans notre politique de confidentialité.",
  us: "nous",
  serviceAdded: (service, purposes, data, recipient) =>
    tf`${service} : nous utilisons désormais ce service (finalités : ${purposes}). Données traitées : ${data}. Destinataire des données : ${recipient}.`,
  serviceTransfers: (transfers) => tf` Les données sont transférées vers les pays suivants : ${transfers}.`,
  countryOn: (country, ground) => tf`${country} (fondement : ${ground})`,
  serviceRemoved: (service) => tf`${service} : nous n'utilisons plus ce service.`,
  purposeAdded: (service, purpose, basis, data, recipient) =>
    tf`${service} : nous utilisons désormais aussi des données pour une autre finalité (${purpose}), sur le fondement de l'${basis}. Données concernées : ${data}. Destinataire des données : ${recipient}.`,
  purposeRemoved: (service, purpose, data) =>
    tf`${service} : nous n'utilisons plus de données pour cette finalité (${purpose}). Données concernées : ${data}.`,
  basisChanged: (service, purpose, after, before) =>
    tf`${service} : l'utilisation des données pour cette finalité (${purpose}) repose désormais sur l'${after}, et non plus sur l'${before}.`,
  dataAdded: (service, data, recipient) =>
    tf`${service} : ce service traite désormais aussi les données suivantes : ${data}. Destinataire des données : ${recipient}.`,
  dataRemoved: (service, data) => tf`${service} : ce service ne traite plus les données suivantes : ${data}.`,
  providerChanged: (service, after, before, data) =>
    tf`${service} : nouveau destinataire des données : ${after} (auparavant : ${before}). Données concernées : ${data}.`,
  recipientAdded: (service, recipient, data) =>
    tf`${service} : les données sont désormais aussi transmises au destinataire suivant : ${recipient}. Données concernées : ${data}.`,
  recipientRemoved: (service, recipient) => tf`${service} : les données ne sont plus transmises au destinataire suivant : ${recipient}.`,
  transferAdded: (service, country, recipient, ground, data) =>
    tf`${service} : les données sont désormais aussi transférées vers un autre pays (${country}), au destinataire suivant : ${recipient}. Données concernées : ${data}. Fondement du transfert : ${ground}.`,
  transferRemoved: (service, country) => tf`${service} : les données ne sont plus transférées vers ce pays : ${country}.`,
  transferGround: (service, country, after, before) =>
    tf`${service} : le transfert des données (${country}) repose sur un autre fondement : ${after}. Auparavant : ${before}.`,
  retention: (service, after, before, data) =>
    tf`${service} : la durée de conservation change ; désormais : ${after} ; auparavant : ${before}. Données concernées : ${data}.`,
  controller: (after, before) => tf`Le responsable du traitement de vos données est désormais : ${after} (auparavant : ${before}).`,
  controllerContact: (after) => tf`Nos coordonnées sont désormais les suivantes : ${after}.`,
  rightsContact: (after) => tf`Pour exercer vos droits, adressez-vous désormais à : ${after}.`,
  dpo: (after) => tf`Notre délégué à la protection des données est désormais : ${after}.`,
  representative: (after) => tf`Notre représentant est désormais : ${after}.`,
  ended: "aucun",
  cookieAdded: (service, name, purpose) => tf`${service} : nous enregistrons désormais ${name} sur votre appareil. ${purpose}`,
  cookieRemoved: (service, name) => tf`${service} : nous n'enregistrons plus ${name} sur votre appareil.`,
  cookieChanged: (service, name) =>
    tf`${service} : ce que nous enregistrons sur votre appareil sous le nom ${name}, ou sa durée de conservation, a changé.`,
  reworded: (count) =>
    count === 1 ? "Nous avons reformulé un passage sans en modifier le sens." : `Nous avons reformulé ${count} passages sans en modifier le sens.`,
};

// Français : les noms et les listes se placent après un deux-points, où ils n'ont ni article à
// accorder ni élision à faire ; typographie française (espaces insécables) par la balise `tf`.
const tf = spelledTag(frenchSpacing);
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

export const noticeMessages: Readonly<Record<Locale, NoticeMessages>> = { en, de, es, nl, pl, fr, it };
