import type { ParsedHistoryFile } from './import';
import { mergePosts, withoutText } from './merge';
import type { PostRecord } from './types';

export interface TeamMember {
  person: string;
  /** When this person's latest file was imported (ISO). */
  importedAt: string;
  posts: PostRecord[];
}

export interface TeamStore {
  members: TeamMember[];
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
