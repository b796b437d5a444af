window.klaroConfig = {
  "version": 1,
  "elementID": "klaro",
  "storageMethod": "cookie",
  "storageName": "klaro",
  "default": false,
  "mustConsent": false,
  "acceptAll": true,
  "hideDeclineAll": false,
  "lang": "en",
  "translations": {
    "zz": {
      "privacyPolicyUrl": "https://lindenberg-ohm.example/datenschutz"
    },
    "en": {
      "purposes": {
        "marketing-communications-email": "Marketing by e-mail"
      }
    },
    "de": {
      "purposes": {
        "marketing-communications-email": "Werbung per E-Mail"
      }
    },
    "fr": {
      "purposes": {
        "marketing-communications-email": "Prospection par courriel"
      }
    },
    "it": {
      "purposes": {
        "marketing-communications-email": "Marketing via e-mail"
      }
    },
    "es": {
      "purposes": {
        "marketing-communications-email": "Publicidad por correo electrónico"
      }
    },
    "nl": {
      "purposes": {
        "marketing-communications-email": "Marketing per e-mail"
      }
    },
    "pl": {
      "purposes": {
        "marketing-communications-email": "Marketing e-mailowy"
      }
    }
  },
  "services": [
    {
      "name": "newsletter",
      "purposes": [
        "marketing-communications-email"
      ],
      "cookies": [],
      "required": false,
      "translations": {
        "en": {
          "title": "Newsletter with Brevo",
          "description": "Brevo, formerly Sendinblue, is a French platform for newsletters, transactional e-mails and SMS campaigns, with contact lists and campaign statistics."
        },
        "de": {
          "title": "Newsletter mit Brevo",
          "description": "Brevo, früher Sendinblue, ist eine französische Plattform für Newsletter, Transaktions-E-Mails und SMS-Kampagnen mit Kontaktlisten und Kampagnenstatistiken."
        },
        "fr": {
          "title": "Lettre d'information avec Brevo",
          "description": "Brevo, anciennement Sendinblue, est une plateforme française d'envoi de lettres d'information, de courriels transactionnels et de campagnes SMS, avec gestion de listes de contacts et statistiques de campagne."
        },
        "it": {
          "title": "Newsletter con Brevo",
          "description": "Brevo, già Sendinblue, è una piattaforma francese per newsletter, e-mail transazionali e campagne SMS, con elenchi di contatti e statistiche sulle campagne."
        },
        "es": {
          "title": "Boletín informativo con Brevo",
          "description": "Brevo, antes Sendinblue, es una plataforma francesa para boletines informativos, correos electrónicos transaccionales y campañas de SMS, con listas de contactos y estadísticas de campañas."
        },
        "nl": {
          "title": "Nieuwsbrief met Brevo",
          "description": "Brevo, voorheen Sendinblue, is een Frans platform voor nieuwsbrieven, transactionele e-mails en sms-campagnes, met contactlijsten en campagnestatistieken."
        },
        "pl": {
          "title": "Newsletter wysyłany przez Brevo",
          "description": "Brevo, dawniej Sendinblue, to francuska platforma do wysyłki newsletterów, e-maili transakcyjnych i kampanii SMS, z listami kontaktów i statystykami kampanii."
        }
      }
    },
    {
      "name": "site",
      "purposes": [],
      "cookies": [],
      "required": true,
      "translations": {
        "en": {
          "title": "Lindenberg & Ohm Beratung GmbH"
        },
        "de": {
          "title": "Lindenberg & Ohm Beratung GmbH"
        },
        "fr": {
          "title": "Lindenberg & Ohm Beratung GmbH"
        },
        "it": {
          "title": "Lindenberg & Ohm Beratung GmbH"
        },
        "es": {
          "title": "Lindenberg & Ohm Beratung GmbH"
        },
        "nl": {
          "title": "Lindenberg & Ohm Beratung GmbH"
        },
        "pl": {
          "title": "Lindenberg & Ohm Beratung GmbH"
        }
      }
    }
  ]
};
