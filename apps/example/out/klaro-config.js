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
        }
      }
    }
  ]
};
