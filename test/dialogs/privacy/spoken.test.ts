import { redactPersonalData } from '../../../dialogs/privacy/redact';

describe('numbers read out in words', () => {
  it('hides a phone number dictated with "oh" and "double"', () => {
    expect(redactPersonalData('my phone number is oh seven seven double oh, nine double oh, three four two').text).not.toMatch(/seven|nine|three/);
  });

  it('hides an NI number spelt out after its words, and leaves a few counted words alone', () => {
    expect(redactPersonalData('my national insurance is j e six two four four one nine b').text).toBe('my national insurance is [NI_NUMBER]');
    expect(redactPersonalData('can i put out two or three bags, one on monday').text).toBe('can i put out two or three bags, one on monday');
  });
});
