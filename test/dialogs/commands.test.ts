/** Deterministic commands: clear phrasings fire, questions that merely mention a word do not. */
import { detectCommand } from '../../dialogs/commands';

describe('detectCommand', () => {
  it.each(['talk to a human', 'real person', 'agent', 'operator', 'speak to someone', 'Can I speak to someone about my council tax?', 'siarad â pherson', 'person go iawn', 'I want to talk to an advisor please'])('%j asks for a person', (t) => {
    expect(detectCommand(t)).toEqual({ kind: 'person' });
  });

  // Found anywhere by reaching-a-person, so "are you safe?" can take them as wanting a person too.
  it.each(['I want to complain about the crew', 'ring me back please', 'ga i siarad efo rhywun'])('%j asks for a person wherever it is said', (t) => {
    expect(detectCommand(t)).toEqual({ kind: 'person' });
  });

  // A negation, a non-staff "person" and plain frustration (which gets an offer, not a handoff) are no command.
  it.each(["I don't want to talk to a person", 'my person', 'this bot is useless', 'stop repeating yourself'])('%j is not a person command', (t) => {
    expect(detectCommand(t)?.kind).not.toBe('person');
  });

  it.each(['cancel', 'Cancel that', 'stop this', 'please cancel', 'never mind', 'canslo'])('%j cancels', (t) => {
    expect(detectCommand(t)).toEqual({ kind: 'cancel' });
  });

  it.each(["I can't cancel my direct debit", 'how do i stop my garden waste collection', 'when do bins stop for christmas'])('%j is not a command', (t) => {
    expect(detectCommand(t)).toBeNull();
  });

  it.each([['start over', 'start-over'], ['start again please', 'start-over'], ['ailddechrau', 'start-over'], ['help', 'help'], ['what can you do?', 'help'], ['cymorth', 'help'], ['hello', 'greeting'], ['shwmae', 'greeting']])('%j → %s', (t, kind) => {
    expect(detectCommand(t)?.kind).toBe(kind);
  });

  it.each([['Cymraeg', 'cy'], ['Welsh', 'cy'], ['yn Gymraeg', 'cy'], ['English', 'en'], ['Saesneg', 'en']])('%j switches language to %s', (t, locale) => {
    expect(detectCommand(t)).toEqual({ kind: 'language', locale });
  });
});
