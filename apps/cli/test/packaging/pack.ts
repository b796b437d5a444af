import { join } from "node:path";
import { runOrThrow } from "./command.js";
import type { PackageManifest, WorkspacePackage } from "./workspace-packages.js";

export interface Tarball {
  /** The tarball, absolute. */
  readonly file: string;
  readonly bytes: number;
  /** Every file in it, as `tar -t` lists them ("package/dist/index.js"). */
  readonly entries: readonly string[];
  /** The package.json inside the tarball: what a user's npm reads. */
  readonly manifest: PackageManifest;
}

/**
 * `npm pack`s a built workspace package into `destination`. The file list and package.json are read
 * back from the tarball itself, not from npm's report, so they are what a user downloads.
 */
export async function pack(workspacePackage: WorkspacePackage, destination: string): Promise<Tarball> {
  const { stdout } = await runOrThrow("npm", ["pack", "--json", "--pack-destination", destination], workspacePackage.dir);
  const [report] = JSON.parse(stdout) as [{ filename: string; size: number }];
  const file = join(destination, report.filename);
  const entries = (await runOrThrow("tar", ["-tzf", file], destination)).stdout.split("\n").filter((line) => line !== "");
  const manifest = JSON.parse((await runOrThrow("tar", ["-xzOf", file, "package/package.json"], destination)).stdout) as PackageManifest;
  return { file, bytes: report.size, entries, manifest };
}
