import type { ParsedHistoryFile } from './import';
import { mergePosts, withoutText } from './merge';
import type { PostRecord } from './types';
import { isObject } from '../guards';

export interface TeamMember {
  person: string;
  /** When this person's latest file was imported (ISO). */
  importedAt: string;
  posts: PostRecord[];
}

export interface TeamStore {
  members: TeamMember[];
}

/** Version of the `local:team` storage item: 2 from when each post says whether it was a reply. */
export const TEAM_STORE_VERSION = 2;

/**
 * v2: each team member's post carries `reply`. Files imported before then came from Muffins that did not tell
 * replies apart, so each of their posts is a new post; everything else is kept as it was.
 */
export function migrateTeamV1ToV2(value: unknown): TeamStore {
  if (!isObject(value) || !Array.isArray(value.members)) throw new Error('it holds no team members');
  const members = value.members.map((member: unknown) =>
    isObject(member) && Array.isArray(member.posts) ? { ...member, posts: member.posts.map((post: unknown) => (isObject(post) ? { ...post, reply: false } : post)) } : member,
  );
  return { ...value, members } as TeamStore;
}

/** The stored team as this Muffin reads it, whatever version wrote it; nothing usable reads as no team. */
export function readTeamValue(value: unknown, version: unknown): TeamStore {
  if (!isObject(value) || !Array.isArray(value.members)) return { members: [] };
  return (typeof version === 'number' ? version : 1) < TEAM_STORE_VERSION ? migrateTeamV1ToV2(value) : (value as unknown as TeamStore);
}

const samePerson = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/** Adds team members' exports; a file imported twice adds nothing the second time. Text is never kept for others. */
export function addTeamFiles(store: TeamStore, files: readonly ParsedHistoryFile[], now: number): { store: TeamStore; added: number; duplicates: number } {
  const members = store.members.map((member) => ({ ...member }));
  let added = 0;
  let duplicates = 0;
  for (const file of files) {
    let member = members.find((m) => samePerson(m.person, file.person));
    if (!member) {
      member = { person: file.person, importedAt: '', posts: [] };
      members.push(member);
    }
    const merged = mergePosts(member.posts, withoutText(file.posts));
    member.posts = merged.posts;
    member.importedAt = new Date(now).toISOString();
    added += merged.added;
    duplicates += merged.duplicates;
  }
  members.sort((a, b) => a.person.localeCompare(b.person));
  return { store: { members }, added, duplicates };
}

export function removeTeamMember(store: TeamStore, person: string): TeamStore {
  return { members: store.members.filter((member) => !samePerson(member.person, person)) };
}
