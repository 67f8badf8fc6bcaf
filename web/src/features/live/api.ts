import { api } from '../../api/client';
import type { Block } from './liveState';

export interface Guideline {
  title: string;
  intro: string;
  rules: { key: string; name: string; description: string }[];
  parts: { key: string; name: string; description: string }[];
}
export interface LiveSessionSummary {
  id: number;
  teamId: number;
  teamName: string;
  title: string;
  programme: Block[];
  createdAt: string;
  lastSeq: number;
  joinCode?: string;
  facilitator?: boolean;
}
export interface LiveReport {
  session: { id: number; title: string; teamName: string; createdAt: string };
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
