export { AddressNotAllowedError } from './address-not-allowed-error.js';
export {
  type AddressPolicy,
  type AddressPolicyOptions,
  type AddressRule,
  type AddressVerdict,
  addressPolicy,
} from './address-policy.js';
export type { AddressKind, EmbeddedIPv4Form } from './classify-address.js';
export { type UndiciTransport, type UndiciTransportOptions, undiciTransport } from './undici-transport.js';
