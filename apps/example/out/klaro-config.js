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
    "it": {
      "purposes": {
        "marketing-communications-email": "Marketing via e-mail"
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
        "it": {
          "title": "Newsletter con Brevo",
          "description": "Brevo, già Sendinblue, è una piattaforma francese per newsletter, e-mail transazionali e campagne SMS, con elenchi di contatti e statistiche sulle campagne."
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
        "it": {
          "title": "Lindenberg & Ohm Beratung GmbH"
        }
      }
    }
  ]
};
