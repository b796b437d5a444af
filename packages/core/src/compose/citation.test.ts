import { describe, expect, it } from "vitest";
import { getLegalBasis, getRight, getTransferGround } from "../taxonomy/index.js";
import { citationIn } from "./citation.js";

describe("a citation in the law the text follows", () => {
  it("is the taxonomy's under the GDPR", () => {
    expect(citationIn("gdpr", getLegalBasis("A6-1-f"), "en")).toBe("Art. 6(1)(f) GDPR");
    expect(citationIn("gdpr", getLegalBasis("A6-1-f"), "de")).toBe("Art. 6 Abs. 1 lit. f DSGVO");
  });

  it("names the UK GDPR, in German texts too, where the UK keeps the GDPR's numbering", () => {
    expect(citationIn("uk-gdpr", getLegalBasis("A6-1-f"), "en")).toBe("Art. 6(1)(f) UK GDPR");
    expect(citationIn("uk-gdpr", getLegalBasis("A6-1-f"), "de")).toBe("Art. 6 Abs. 1 lit. f UK GDPR");
    expect(citationIn("uk-gdpr", getRight("A15"), "de")).toBe("Art. 15 UK GDPR");
    expect(citationIn("uk-gdpr", getTransferGround("A49-1-a"), "en")).toBe("Art. 49(1)(a) UK GDPR");
  });

  it("follows the UK's own numbering where it differs: Art. 22C replaces Art. 22, s. 165 DPA 2018 the omitted Art. 77", () => {
    expect(citationIn("uk-gdpr", getRight("A22"), "en")).toBe("Art. 22C UK GDPR");
    expect(citationIn("uk-gdpr", getRight("A22"), "de")).toBe("Art. 22C UK GDPR");
    expect(citationIn("uk-gdpr", getRight("A77"), "en")).toBe("section 165 DPA 2018");
    expect(citationIn("uk-gdpr", getRight("A77"), "de")).toBe("Section 165 DPA 2018");
  });

  it("leaves a UK ground's citation as it is", () => {
    expect(citationIn("uk-gdpr", getTransferGround("UK-A45A"), "en")).toBe("Art. 45A UK GDPR");
    expect(citationIn("uk-gdpr", getTransferGround("UK-IDTA"), "de")).toBe("Art. 46 Abs. 2 lit. d UK GDPR");
  });

  it("under the FADP, cites a right's own provision, and a Swiss ground as the taxonomy gives it", () => {
    expect(citationIn("fadp", getRight("A15"), "en")).toBe("Art. 25 FADP");
    expect(citationIn("fadp", getRight("A17"), "de")).toBe("Art. 32 Abs. 2 DSG");
    expect(citationIn("fadp", getRight("A20"), "de")).toBe("Art. 28 DSG");
    expect(citationIn("fadp", getRight("A22"), "en")).toBe("Art. 21 FADP");
    expect(citationIn("fadp", getTransferGround("CH-A16-2-d"), "de")).toBe("Art. 16 Abs. 2 Bst. d DSG");
  });
});
