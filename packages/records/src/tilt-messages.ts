import type { Locale } from "@policy/core";

/** The few words of a TILT document that are not the policy's own: how a recipient takes part, and a right the processing does not give. */
export interface TiltMessages {
  readonly recipient: {
    readonly processor: string;
    readonly "joint-controller": string;
    readonly controller: string;
    /** A provider whose role its documents do not confirm. */
    readonly provider: string;
    /** A recipient the policy names with its address. */
    readonly named: string;
  };
  readonly rightNotGiven: string;
}

export const tiltMessages: Readonly<Record<Locale, TiltMessages>> = {
  en: {
    recipient: {
      processor: "Processor, on our behalf",
      "joint-controller": "Joint controller, with us",
      controller: "Controller, for its own purposes",
      provider: "Provider of the service",
      named: "Recipient",
    },
    rightNotGiven: "The legal bases of the processing described do not give this right.",
  },
  de: {
    recipient: {
      processor: "Auftragsverarbeiter, in unserem Auftrag",
      "joint-controller": "Gemeinsam mit uns Verantwortlicher",
      controller: "Verantwortlicher, für eigene Zwecke",
      provider: "Anbieter des Dienstes",
      named: "Empfänger",
    },
    rightNotGiven: "Die Rechtsgrundlagen der beschriebenen Verarbeitung geben dieses Recht nicht.",
  },
  es: {
    recipient: {
      processor: "Encargado del tratamiento, por cuenta nuestra",
      "joint-controller": "Corresponsable del tratamiento, con nosotros",
      controller: "Responsable del tratamiento, para sus propios fines",
      provider: "Proveedor del servicio",
      named: "Destinatario",
    },
    rightNotGiven: "Las bases jurídicas del tratamiento descrito no confieren este derecho.",
  },
  nl: {
    recipient: {
      processor: "Verwerker, in onze opdracht",
      "joint-controller": "Gezamenlijke verwerkingsverantwoordelijke, met ons",
      controller: "Verwerkingsverantwoordelijke, voor eigen doeleinden",
      provider: "Aanbieder van de dienst",
      named: "Ontvanger",
    },
    rightNotGiven: "De rechtsgronden van de beschreven verwerking geven dit recht niet.",
  },
  pl: {
    recipient: {
      processor: "Podmiot przetwarzający, działający w naszym imieniu",
      "joint-controller": "Współadministrator wraz z nami",
      controller: "Administrator, do własnych celów",
      provider: "Dostawca usługi",
      named: "Odbiorca",
    },
    rightNotGiven: "Przy podstawach prawnych opisanego przetwarzania to prawo nie przysługuje.",
  },
  fr: {
    recipient: {
      processor: "Sous-traitant, pour notre compte",
      "joint-controller": "Responsable conjoint du traitement, avec nous",
      controller: "Responsable du traitement, pour ses propres finalités",
      provider: "Prestataire du service",
      named: "Destinataire",
    },
    rightNotGiven: "Les bases juridiques du traitement décrit ne confèrent pas ce droit.",
  },
  it: {
    recipient: {
      processor: "Responsabile del trattamento, per nostro conto",
      "joint-controller": "Contitolare del trattamento, con noi",
      controller: "Titolare del trattamento, per finalità proprie",
      provider: "Fornitore del servizio",
      named: "Destinatario",
    },
    rightNotGiven: "Le basi giuridiche del trattamento descritto non conferiscono questo diritto.",
  },
};
