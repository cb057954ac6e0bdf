/**
 * OneWindow's Keycloak extension: user-profile validators for the fields of a self-registered
 * account (resident ID number, credit code, mobile number, values held by one account only, fields
 * required or fixed at registration) and the event listener that gives a newly registered account
 * its realm role and real-name level. Loaded by Keycloak from its {@code providers/} directory.
 */
package io.onewindow.keycloak;
