import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** The fields of a package.json that decide what a user gets. */
export interface PackageManifest {
  readonly name: string;
  readonly version: string;
  readonly private?: boolean;
  readonly bin?: string | Record<string, string>;
  readonly main?: string;
  readonly types?: string;
  readonly exports?: unknown;
  readonly dependencies?: Record<string, string>;
  readonly peerDependencies?: Record<string, string>;
  readonly repository?: unknown;
  readonly homepage?: string;
  readonly bugs?: unknown;
}

export interface WorkspacePackage {
  /** The package's folder, absolute. */
  readonly dir: string;
  readonly manifest: PackageManifest;
}

export function readManifest(file: string): PackageManifest {
  return JSON.parse(readFileSync(file, "utf8")) as PackageManifest;
}

/**
 * Every workspace package that is published: those the root package.json's `workspaces` name and
 * that are not `"private": true`. Read from the folders, so that a new package is tested the day
 * it is added. Only `folder/*` patterns are understood (all the root uses); anything else throws
 * rather than silently testing fewer packages.
 */
export function publishedPackages(repoRoot: string): WorkspacePackage[] {
  const { workspaces } = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { workspaces: string[] };
  const found: WorkspacePackage[] = [];
  for (const pattern of workspaces) {
    const folder = /^([\w.-]+)\/\*$/.exec(pattern)?.[1];
    if (folder === undefined) throw new Error(`workspace pattern ${JSON.stringify(pattern)} is not "<folder>/*"; teach publishedPackages to read it`);
    for (const entry of readdirSync(join(repoRoot, folder), { withFileTypes: true })) {
      const dir = join(repoRoot, folder, entry.name);
      if (!entry.isDirectory() || !existsSync(join(dir, "package.json"))) continue;
      const manifest = readManifest(join(dir, "package.json"));
      if (manifest.private !== true) found.push({ dir, manifest });
    }
  }
  return found;
}
