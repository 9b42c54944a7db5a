/** Addresses are `channel:id` strings; encode and decode are each other's inverse for every channel. */
import { AddressError, CHANNEL_NAMES, decodeAddress, encodeAddress, type Address } from '../../channels/types';

const examples: Record<(typeof CHANNEL_NAMES)[number], string> = {
  sms: '+447700900123',
  teams: 'a:1Xy-conversation:with:colons',
  web: '0b7c2f3e-9a41-4a8e-8f0e-1c2d3e4f5a6b',
};

describe('addresses', () => {
  it.each(CHANNEL_NAMES)('round-trips a %s address, keeping colons inside the id', (channel) => {
    const address: Address = { channel, id: examples[channel] };
    const encoded = encodeAddress(address);
    expect(encoded).toBe(`${channel}:${examples[channel]}`);
    expect(decodeAddress(encoded)).toEqual(address);
  });

  it.each(['', 'sms', 'sms:', ':123', 'fax:+441234567890'])('refuses "%s"', (bad) => {
    expect(() => decodeAddress(bad)).toThrow(AddressError);
  });

  it('refuses to encode an address without an id', () => {
    expect(() => encodeAddress({ channel: 'web', id: '' })).toThrow(AddressError);
  });
});
