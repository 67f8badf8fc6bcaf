import { api } from '../../api/client';
import type { Block } from './liveState';

export interface GuidelineItem {
  key: string;
  name: string;
  description: string;
}
export interface Guideline {
  title: string;
  intro: string;
  rules: GuidelineItem[];
  parts: GuidelineItem[];
  custom?: boolean;
}
export interface LiveTemplate {
  id: number;
  name: string;
  blocks: Block[];
  createdByName: string;
  createdAt: string;
  canDelete: boolean;
}
export interface Contribution {
  seq: number;
  kind: 'thought' | 'sentence';
  text: string;
  at: string;
  toThreads: boolean;
  anonymous: boolean;
}
export interface TeamSong {
  items: string[];
  sessions: { id: number; title: string; createdAt: string; verses: string[] }[];
  songUrl: string;
}
export interface LiveSessionSummary {
  id: number;
  teamId: number;
  teamName: string;
  title: string;
  programme: Block[];
  createdAt: string;
  lastSeq: number;
  endedAt?: string | null;
  joinCode?: string;
  joinUrl?: string;
  facilitator?: boolean;
}
export interface LiveReport {
  session: { id: number; title: string; teamName: string; createdAt: string; endedAt?: string | null };
  final?: boolean;
  rules: Guideline['rules'];
  parts: Guideline['parts'];
  cells: { rule: string; part: string; thoughts: string[] }[];
  unplaced: string[];
  sentences: string[];
  verses: string[];
}

export const liveApi = {
  guideline: () => api.get<Guideline>('/live/guideline'),
  programme: () => api.get<{ blocks: Block[] }>('/live/programme'),
  sessions: (teamId: number) => api.get<{ items: LiveSessionSummary[] }>(`/teams/${teamId}/live-sessions`),
  start: (teamId: number, title: string, blocks: Block[]) =>
    api.post<LiveSessionSummary>(`/teams/${teamId}/live-sessions`, { title, blocks }),
  session: (id: number) => api.get<LiveSessionSummary>(`/live/sessions/${id}`),
  report: (id: number) => api.get<LiveReport>(`/live/sessions/${id}/report`),
  templates: () => api.get<{ items: LiveTemplate[] }>('/live/templates'),
  saveTemplate: (name: string, blocks: Block[]) => api.post<LiveTemplate>('/live/templates', { name, blocks }),
  deleteTemplate: (id: number) => api.delete(`/live/templates/${id}`),
  settings: () => api.get<{ songUrl: string }>('/live/settings'),
  setSongUrl: (songUrl: string) => api.put<{ songUrl: string }>('/live/settings', { songUrl }),
  saveGuideline: (rules: GuidelineItem[], parts: GuidelineItem[]) => api.put<Guideline>('/live/guideline', { rules, parts }),
  resetGuideline: () => api.delete<Guideline>('/live/guideline'),
  teamSong: (teamId: number) => api.get<TeamSong>(`/teams/${teamId}/verses`),
  contributions: (id: number) => api.get<{ items: Contribution[] }>(`/live/sessions/${id}/contributions`),
  setConsent: (id: number, seq: number, toThreads: boolean) =>
    api.put<Contribution>(`/live/sessions/${id}/contributions/${seq}`, { toThreads }),
  join: (code: string, name: string) =>
    api.post<{ sessionId: number; guestToken: string; name: string }>('/live/guests', { code, name }),
};

const GUEST_KEY = 'vk-live-guest';
export function saveGuest(sessionId: number, token: string) {
  sessionStorage.setItem(`${GUEST_KEY}-${sessionId}`, token);
}
export function guestToken(sessionId: number): string | null {
  return sessionStorage.getItem(`${GUEST_KEY}-${sessionId}`);
}
