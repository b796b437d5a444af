import type { Processor } from "@policy/core";
import { translated } from "./translations.js";
import { activecampaign } from "./processors/activecampaign.js";
import { adobeAnalytics } from "./processors/adobe-analytics.js";
import { adobeFonts } from "./processors/adobe-fonts.js";
import { adyen } from "./processors/adyen.js";
import { allInkl } from "./processors/all-inkl.js";
import { amazonPay } from "./processors/amazon-pay.js";
import { amazonWebServices } from "./processors/amazon-web-services.js";
import { atlassian } from "./processors/atlassian.js";
import { brevo } from "./processors/brevo.js";
import { bunnyNet } from "./processors/bunny-net.js";
import { calendly } from "./processors/calendly.js";
import { cdnjs } from "./processors/cdnjs.js";
import { cleverreach } from "./processors/cleverreach.js";
import { cloudflare } from "./processors/cloudflare.js";
import { cloudflareTurnstile } from "./processors/cloudflare-turnstile.js";
import { cloudflareWebAnalytics } from "./processors/cloudflare-web-analytics.js";
import { cookiebot } from "./processors/cookiebot.js";
import { crisp } from "./processors/crisp.js";
import { criteo } from "./processors/criteo.js";
import { dhlPaket } from "./processors/dhl-paket.js";
import { dpd } from "./processors/dpd.js";
import { dropbox } from "./processors/dropbox.js";
import { etracker } from "./processors/etracker.js";
import { facebookSocialPlugins } from "./processors/facebook-social-plugins.js";
import { friendlyCaptcha } from "./processors/friendly-captcha.js";
import { googleAds } from "./processors/google-ads.js";
import { googleAdsense } from "./processors/google-adsense.js";
import { googleAnalytics } from "./processors/google-analytics.js";
import { googleAnalyticsUs } from "./processors/google-analytics-us.js";
import { googleCloud } from "./processors/google-cloud.js";
import { googleFonts } from "./processors/google-fonts.js";
import { googleMaps } from "./processors/google-maps.js";
import { googleMeet } from "./processors/google-meet.js";
import { googleRecaptcha } from "./processors/google-recaptcha.js";
import { googleTagManager } from "./processors/google-tag-manager.js";
import { googleWorkspace } from "./processors/google-workspace.js";
import { gotoMeeting } from "./processors/goto-meeting.js";
import { hcaptcha } from "./processors/hcaptcha.js";
import { hetzner } from "./processors/hetzner.js";
import { hotjar } from "./processors/hotjar.js";
import { hubspot } from "./processors/hubspot.js";
import { instagramEmbeds } from "./processors/instagram-embeds.js";
import { intercom } from "./processors/intercom.js";
import { ionos } from "./processors/ionos.js";
import { jimdo } from "./processors/jimdo.js";
import { jotform } from "./processors/jotform.js";
import { jsdelivr } from "./processors/jsdelivr.js";
import { klarna } from "./processors/klarna.js";
import { klaviyo } from "./processors/klaviyo.js";
import { linkedinInsightTag } from "./processors/linkedin-insight-tag.js";
import { mailchimp } from "./processors/mailchimp.js";
import { mailerlite } from "./processors/mailerlite.js";
import { mailjet } from "./processors/mailjet.js";
import { mapbox } from "./processors/mapbox.js";
import { matomo } from "./processors/matomo.js";
import { matomoCloud } from "./processors/matomo-cloud.js";
import { metaPixel } from "./processors/meta-pixel.js";
import { metaPixelUs } from "./processors/meta-pixel-us.js";
import { microsoft365 } from "./processors/microsoft-365.js";
import { microsoftAdvertising } from "./processors/microsoft-advertising.js";
import { microsoftAzure } from "./processors/microsoft-azure.js";
import { microsoftClarity } from "./processors/microsoft-clarity.js";
import { microsoftTeams } from "./processors/microsoft-teams.js";
import { mollie } from "./processors/mollie.js";
import { netlify } from "./processors/netlify.js";
import { nextcloud } from "./processors/nextcloud.js";
import { openstreetmap } from "./processors/openstreetmap.js";
import { outbrain } from "./processors/outbrain.js";
import { paypal } from "./processors/paypal.js";
import { pinterestTag } from "./processors/pinterest-tag.js";
import { plausible } from "./processors/plausible.js";
import { rapidmail } from "./processors/rapidmail.js";
import { redditPixel } from "./processors/reddit-pixel.js";
import { salesforce } from "./processors/salesforce.js";
import { sendgrid } from "./processors/sendgrid.js";
import { sentry } from "./processors/sentry.js";
import { shopify } from "./processors/shopify.js";
import { shopifyUs } from "./processors/shopify-us.js";
import { shopware } from "./processors/shopware.js";
import { slack } from "./processors/slack.js";
import { soundcloud } from "./processors/soundcloud.js";
import { spotify } from "./processors/spotify.js";
import { squarespace } from "./processors/squarespace.js";
import { strato } from "./processors/strato.js";
import { stripe } from "./processors/stripe.js";
import { stripeUs } from "./processors/stripe-us.js";
import { taboola } from "./processors/taboola.js";
import { tidio } from "./processors/tidio.js";
import { tiktokPixel } from "./processors/tiktok-pixel.js";
import { trustedShops } from "./processors/trusted-shops.js";
import { typeform } from "./processors/typeform.js";
import { usercentrics } from "./processors/usercentrics.js";
import { userlike } from "./processors/userlike.js";
import { vercel } from "./processors/vercel.js";
import { vimeo } from "./processors/vimeo.js";
import { webex } from "./processors/webex.js";
import { wistia } from "./processors/wistia.js";
import { wix } from "./processors/wix.js";
import { woocommerce } from "./processors/woocommerce.js";
import { wordpressCom } from "./processors/wordpress-com.js";
import { xPixel } from "./processors/x-pixel.js";
import { youtube } from "./processors/youtube.js";
import { zendesk } from "./processors/zendesk.js";
import { zoom } from "./processors/zoom.js";

/**
 * Gives each entry its texts in every language its translations have (see translations.ts),
 * freezes the entries and types them by their ids only, so that the declaration the compiler writes names each entry's
 * type (Processor) once instead of spelling it out for every entry.
 */
function byId<const Id extends string>(entries: Record<Id, Processor>): Readonly<Record<Id, Processor>> {
  return Object.freeze(Object.fromEntries(Object.entries<Processor>(entries).map(([id, entry]) => [id, translated(entry)])) as Record<Id, Processor>);
}

/** Every entry, by id: pass it to core as `loadPolicy(file, { catalog })`. */
export const catalog = byId({
  activecampaign,
  "adobe-analytics": adobeAnalytics,
  "adobe-fonts": adobeFonts,
  adyen,
  "all-inkl": allInkl,
  "amazon-pay": amazonPay,
  "amazon-web-services": amazonWebServices,
  atlassian,
  brevo,
  "bunny-net": bunnyNet,
  calendly,
  cdnjs,
  cleverreach,
  cloudflare,
  "cloudflare-turnstile": cloudflareTurnstile,
  "cloudflare-web-analytics": cloudflareWebAnalytics,
  cookiebot,
  crisp,
  criteo,
  "dhl-paket": dhlPaket,
  dpd,
  dropbox,
  etracker,
  "facebook-social-plugins": facebookSocialPlugins,
  "friendly-captcha": friendlyCaptcha,
  "google-ads": googleAds,
  "google-adsense": googleAdsense,
  "google-analytics": googleAnalytics,
  "google-analytics-us": googleAnalyticsUs,
  "google-cloud": googleCloud,
  "google-fonts": googleFonts,
  "google-maps": googleMaps,
  "google-meet": googleMeet,
  "google-recaptcha": googleRecaptcha,
  "google-tag-manager": googleTagManager,
  "google-workspace": googleWorkspace,
  "goto-meeting": gotoMeeting,
  hcaptcha,
  hetzner,
  hotjar,
  hubspot,
  "instagram-embeds": instagramEmbeds,
  intercom,
  ionos,
  jimdo,
  jotform,
  jsdelivr,
  klarna,
  klaviyo,
  "linkedin-insight-tag": linkedinInsightTag,
  mailchimp,
  mailerlite,
  mailjet,
  mapbox,
  matomo,
  "matomo-cloud": matomoCloud,
  "meta-pixel": metaPixel,
  "meta-pixel-us": metaPixelUs,
  "microsoft-365": microsoft365,
  "microsoft-advertising": microsoftAdvertising,
  "microsoft-azure": microsoftAzure,
  "microsoft-clarity": microsoftClarity,
  "microsoft-teams": microsoftTeams,
  mollie,
  netlify,
  nextcloud,
  openstreetmap,
  outbrain,
  paypal,
  "pinterest-tag": pinterestTag,
  plausible,
  rapidmail,
  "reddit-pixel": redditPixel,
  salesforce,
  sendgrid,
  sentry,
  shopify,
  "shopify-us": shopifyUs,
  shopware,
  slack,
  soundcloud,
  spotify,
  squarespace,
  strato,
  stripe,
  "stripe-us": stripeUs,
  taboola,
  tidio,
  "tiktok-pixel": tiktokPixel,
  "trusted-shops": trustedShops,
  typeform,
  usercentrics,
  userlike,
  vercel,
  vimeo,
  webex,
  wistia,
  wix,
  woocommerce,
  "wordpress-com": wordpressCom,
  "x-pixel": xPixel,
  youtube,
  zendesk,
  zoom,
});

/** The id of an entry, for autocompletion: "zoom" | "stripe" | ... */
export type CatalogId = keyof typeof catalog;
