import { describe, expect, it } from "vitest";
import { anchor } from "./anchor.js";

describe("anchor", () => {
  it("is an empty <a> with the section id", () => {
    expect(anchor("service-video-meetings")).toEqual({ type: "html", value: '<a id="service-video-meetings"></a>' });
    expect(anchor("service-video-meetings--data").value).toBe('<a id="service-video-meetings--data"></a>');
    expect(anchor("a1").value).toBe('<a id="a1"></a>');
  });

  it.each(['x" onmouseover="alert(1)', "Rights", "rights ", "-rights", "rights-", "", "über", "a_b", "a/b", "x><script>"])(
    "refuses the id %j",
    (id) => {
      expect(() => anchor(id)).toThrow(TypeError);
      expect(() => anchor(id)).toThrow(/^section id must be lower-case letters, digits and hyphens/);
    },
  );
});
