/** HTTP for staff; the read model's records are the response bodies as they are. */
package no.ks.kulturskole.reporting.workshopreport.web;
