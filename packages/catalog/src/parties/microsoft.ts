import type { Party } from "@policy/core";

/*
 * The Microsoft companies the Microsoft entries name, kept once so a change of address is one edit. Both are stated in
 * the Microsoft Privacy Statement (version of September 2026, as archived by Open Terms Archive), which each entry cites;
 * the Irish company's address also in the datenanfragen record.
 */

export const microsoftIreland: Party = {
  name: "Microsoft Ireland Operations Limited",
  address: {
    street: "One Microsoft Place, South County Business Park, Leopardstown",
    city: "Dublin 18",
    country: "IE",
  },
  phone: "+353 1 706 3117",
  url: "https://www.microsoft.com",
};

export const microsoftCorporation: Party = {
  name: "Microsoft Corporation",
  address: { street: "One Microsoft Way", postalCode: "98052", city: "Redmond", region: "WA", country: "US" },
  phone: "+1 425 882 8080",
  url: "https://www.microsoft.com",
};
