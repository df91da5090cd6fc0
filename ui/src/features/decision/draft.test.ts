// The decision being written: its record_decision and update_decision payloads, and the draft
// the backend keeps.
import { describe, expect, test } from 'vitest';

import { anecdote, decision } from '../../test/fakeBackend';
import {
  draftOf,
  draftQueryText,
  emptyDraft,
  isDraftEmpty,
  parseDraft,
  serializeDraft,
  toDecisionInput,
  toNewDecision,
  withStatus,
  type Draft,
  type ImpactDraft,
} from './draft';

describe('toNewDecision', () => {
  const chairRow = (patch: Partial<ImpactDraft>): ImpactDraft => ({ ...emptyDraft().impacts[0]!, ...patch });

  test('puts the first impact on the persona in the chair and the pins in evidence', () => {
    const d: Draft = {
      ...emptyDraft(),
      statement: '  Do it  ',
      impacts: [chairRow({ direction: 'hurts', whatChanges: ' Pays more ' })],
      pinned: [anecdote('a', 'x'), anecdote('b', 'y')],
    };
    expect(toNewDecision('m', d, 'p')).toEqual({
      meetingId: 'm',
      statement: 'Do it',
      rationale: '',
      reversibility: 'unknown',
      impacts: [{ personaId: 'p', direction: 'hurts', whatChanges: 'Pays more' }],
      evidenceIds: ['a', 'b'],
    });
  });

  test('with no one in the chair, an impact is sent only if something was said about it', () => {
    expect(toNewDecision('m', { ...emptyDraft(), statement: 's' }, null).impacts).toEqual([]);
    expect(toNewDecision('m', { ...emptyDraft(), statement: 's', impacts: [chairRow({ direction: 'helps' })] }, null).impacts).toEqual([
      { direction: 'helps', whatChanges: '' },
    ]);
  });

  test('several impacts: a persona, a segment with magnitude, confidence and reach; details when filled in', () => {
    const d: Draft = {
      ...emptyDraft(),
      statement: 'Free returns',
      optionsConsidered: ' Refund only ',
      owner: ' Sam ',
      status: 'accepted',
      reviewOn: '2025-06-01',
      impacts: [
        chairRow({ target: 'persona:p2', direction: 'helps', whatChanges: 'x' }),
        chairRow({ key: 'k2', target: 'segment', segment: ' Sellers ', direction: 'hurts', magnitude: 4, confidence: 'high', reach: ' 5% ', whatChanges: 'y' }),
        chairRow({ key: 'k3', target: 'segment', segment: '  ' }),
      ],
    };
    expect(toNewDecision('m', d, 'p1', { agendaItemId: 'g1' })).toEqual({
      meetingId: 'm',
      agendaItemId: 'g1',
      statement: 'Free returns',
      rationale: '',
      optionsConsidered: 'Refund only',
      owner: 'Sam',
      status: 'accepted',
      reviewOn: '2025-06-01',
      reversibility: 'unknown',
      impacts: [
        { personaId: 'p2', direction: 'helps', whatChanges: 'x' },
        { segment: 'Sellers', direction: 'hurts', magnitude: 4, confidence: 'high', reach: '5%', whatChanges: 'y' },
      ],
      evidenceIds: [],
    });
  });

  test('the search text is the statement and rationale', () => {
    expect(draftQueryText({ ...emptyDraft(), statement: ' a ', rationale: 'b' })).toBe('a b');
    expect(draftQueryText(emptyDraft())).toBe('');
  });
});

describe('kept drafts', () => {
  test('a draft survives being kept and read back; an empty one is not kept', () => {
    const d: Draft = {
      ...emptyDraft(),
      statement: 'Half',
      reviewOn: '2025-05-01',
      impacts: [{ ...emptyDraft().impacts[0]!, direction: 'helps', magnitude: 3 }],
      pinned: [anecdote('a1', 'pinned text')],
    };
    const back = parseDraft(serializeDraft(d));
    expect(back).toMatchObject({ statement: 'Half', reviewOn: '2025-05-01', pinned: [{ id: 'a1', text: 'pinned text' }] });
    expect(back?.impacts[0]).toMatchObject({ target: 'chair', direction: 'helps', magnitude: 3 });
    expect(serializeDraft(emptyDraft())).toBe('');
    expect(isDraftEmpty(emptyDraft())).toBe(true);
  });

  test('what cannot be read gives no draft, and bad values fall back', () => {
    expect(parseDraft(null)).toBeNull();
    expect(parseDraft('not json')).toBeNull();
    expect(parseDraft('{"v":1}')).toBeNull();
    const odd = parseDraft(JSON.stringify({ v: 1, draft: { statement: 5, status: 'bogus', impacts: [{ direction: 'sideways', magnitude: 9 }], pinned: [{}] } }));
    expect(odd).toMatchObject({ statement: '', status: 'proposed', pinned: [] });
    expect(odd?.impacts[0]).toMatchObject({ direction: 'unknown', magnitude: null });
  });

  test('a recorded decision edits back into the same payload, evidence kept', () => {
    const d = decision('d1', 'Ship', {
      owner: 'Ann',
      reversibility: 'one_way',
      evidenceIds: ['a1'],
      impacts: [{ id: 'i', decisionId: 'd1', personaId: 'p1', segment: '', direction: 'helps', magnitude: 2, confidence: 'low', reach: '', whatChanges: 'w' }],
    });
    const edited = { ...draftOf(d), statement: 'Ship it' };
    expect(toDecisionInput(d, edited, 'p9')).toEqual({
      statement: 'Ship it',
      rationale: '',
      optionsConsidered: '',
      owner: 'Ann',
      status: 'proposed',
      reversibility: 'one_way',
      impacts: [{ personaId: 'p1', direction: 'helps', magnitude: 2, confidence: 'low', whatChanges: 'w' }],
      evidenceIds: ['a1'],
    });
    expect(withStatus(d, 'superseded', 'd2')).toMatchObject({ status: 'superseded', supersededBy: 'd2', evidenceIds: ['a1'] });
    expect(withStatus(d, 'rejected').supersededBy).toBeUndefined();
  });
});
