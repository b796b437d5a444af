import type { Processor } from "@policy/core";
import { adobeFonts } from "./processors/adobe-fonts.js";
import { adyen } from "./processors/adyen.js";
import { amazonWebServices } from "./processors/amazon-web-services.js";
import { brevo } from "./processors/brevo.js";
import { bunnyNet } from "./processors/bunny-net.js";
import { calendly } from "./processors/calendly.js";
import { cleverreach } from "./processors/cleverreach.js";
import { cloudflare } from "./processors/cloudflare.js";
import { crisp } from "./processors/crisp.js";
import { facebookSocialPlugins } from "./processors/facebook-social-plugins.js";
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
import { hetzner } from "./processors/hetzner.js";
import { hotjar } from "./processors/hotjar.js";
import { hubspot } from "./processors/hubspot.js";
import { instagramEmbeds } from "./processors/instagram-embeds.js";
import { intercom } from "./processors/intercom.js";
import { ionos } from "./processors/ionos.js";
import { jimdo } from "./processors/jimdo.js";
import { klarna } from "./processors/klarna.js";
import { linkedinInsightTag } from "./processors/linkedin-insight-tag.js";
import { mailchimp } from "./processors/mailchimp.js";
import { matomo } from "./processors/matomo.js";
import { matomoCloud } from "./processors/matomo-cloud.js";
import { metaPixel } from "./processors/meta-pixel.js";
import { metaPixelUs } from "./processors/meta-pixel-us.js";
import { microsoftClarity } from "./processors/microsoft-clarity.js";
import { microsoftTeams } from "./processors/microsoft-teams.js";
import { mollie } from "./processors/mollie.js";
import { netlify } from "./processors/netlify.js";
import { paypal } from "./processors/paypal.js";
import { pinterestTag } from "./processors/pinterest-tag.js";
import { plausible } from "./processors/plausible.js";
import { salesforce } from "./processors/salesforce.js";
import { sentry } from "./processors/sentry.js";
import { shopify } from "./processors/shopify.js";
import { shopifyUs } from "./processors/shopify-us.js";
import { soundcloud } from "./processors/soundcloud.js";
import { spotify } from "./processors/spotify.js";
import { squarespace } from "./processors/squarespace.js";
import { strato } from "./processors/strato.js";
import { stripe } from "./processors/stripe.js";
import { stripeUs } from "./processors/stripe-us.js";
import { tiktokPixel } from "./processors/tiktok-pixel.js";
import { typeform } from "./processors/typeform.js";
import { vercel } from "./processors/vercel.js";
import { vimeo } from "./processors/vimeo.js";
import { webex } from "./processors/webex.js";
import { wix } from "./processors/wix.js";
import { wordpressCom } from "./processors/wordpress-com.js";
import { xPixel } from "./processors/x-pixel.js";
import { youtube } from "./processors/youtube.js";
import { zendesk } from "./processors/zendesk.js";
import { zoom } from "./processors/zoom.js";

/**
 * Freezes the entries and types them by their ids only, so that the declaration the compiler writes names each entry's
 * type (Processor) once instead of spelling it out for every entry.
 */
function byId<const Id extends string>(entries: Record<Id, Processor>): Readonly<Record<Id, Processor>> {
  return Object.freeze(entries);
}

/** Every entry, by id: pass it to core as `loadPolicy(file, { catalog })`. */
export const catalog = byId({
  "adobe-fonts": adobeFonts,
  adyen,
  "amazon-web-services": amazonWebServices,
  brevo,
  "bunny-net": bunnyNet,
  calendly,
  cleverreach,
  cloudflare,
  crisp,
  "facebook-social-plugins": facebookSocialPlugins,
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
  hetzner,
  hotjar,
  hubspot,
  "instagram-embeds": instagramEmbeds,
  intercom,
  ionos,
  jimdo,
  klarna,
  "linkedin-insight-tag": linkedinInsightTag,
  mailchimp,
  matomo,
  "matomo-cloud": matomoCloud,
  "meta-pixel": metaPixel,
  "meta-pixel-us": metaPixelUs,
  "microsoft-clarity": microsoftClarity,
  "microsoft-teams": microsoftTeams,
  mollie,
  netlify,
  paypal,
  "pinterest-tag": pinterestTag,
  plausible,
  salesforce,
  sentry,
  shopify,
  "shopify-us": shopifyUs,
  soundcloud,
  spotify,
  squarespace,
  strato,
  stripe,
  "stripe-us": stripeUs,
  "tiktok-pixel": tiktokPixel,
  typeform,
  vercel,
  vimeo,
  webex,
  wix,
  "wordpress-com": wordpressCom,
  "x-pixel": xPixel,
  youtube,
  zendesk,
  zoom,
});

/** The id of an entry, for autocompletion: "zoom" | "stripe" | ... */
export type CatalogId = keyof typeof catalog;
