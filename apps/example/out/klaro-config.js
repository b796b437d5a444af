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
    "es": {
      "purposes": {
        "marketing-communications-email": "Publicidad por correo electrónico"
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
        "es": {
          "title": "Boletín informativo con Brevo",
          "description": "Brevo, antes Sendinblue, es una plataforma francesa para boletines informativos, correos electrónicos transaccionales y campañas de SMS, con listas de contactos y estadísticas de campañas."
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
        "es": {
          "title": "Lindenberg & Ohm Beratung GmbH"
        }
      }
    }
  ]
};
